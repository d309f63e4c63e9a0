import { articleJsonLd } from "../citation/schema-org.ts";
import { JHP_2022 } from "../citation/papers.ts";
import type { Resource } from "../data/index.ts";
import { SITE } from "../lib/site.ts";

/** Serialises JSON-LD for a <script type="application/ld+json"> element: data, never run, and
 * with every "<" escaped so no value can close the element. */
export function jsonLdScriptBody(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** This site as the author and publisher of its pages. */
const siteOrganisation = (homeUrl: string) => ({ "@type": "Organization", name: SITE.name, url: homeUrl });

/** What an article page says about itself. */
export interface ArticlePage {
  title: string;
  description: string;
  url: string;
  homeUrl: string;
  image: string;
  published: Date;
  lastReviewed: Date;
  audience: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * An article as a schema.org ScholarlyArticle by this site, about the paper it explains (with the
 * paper's DOI), so search engines can tell the explainer from the study.
 */
export function scholarlyArticleJsonLd(page: ArticlePage): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: page.title,
    name: page.title,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    image: page.image,
    datePublished: day(page.published),
    dateModified: day(page.lastReviewed),
    inLanguage: "en-GB",
    audience: { "@type": "Audience", audienceType: page.audience },
    author: siteOrganisation(page.homeUrl),
    publisher: siteOrganisation(page.homeUrl),
    license: SITE.licence.text.url,
    about: articleJsonLd(JHP_2022),
  };
}

/** Where one data/ table can be read and downloaded. */
export interface DatasetLinks {
  /** Its section on /data/. */
  page: string;
  csv: string;
  datapackage: string;
  homeUrl: string;
}

/**
 * A data/ table as a schema.org Dataset with two distributions (the CSV and the Frictionless
 * descriptor), its licence and the pages its numbers were read on.
 */
export function datasetJsonLd(resource: Resource, links: DatasetLinks): Record<string, unknown> {
  const checked = resource.sources.map((s) => s.accessed).sort();
  return {
    "@type": "Dataset",
    name: resource.title,
    description: resource.description,
    url: links.page,
    identifier: links.page,
    license: resource.licenses[0]?.path ?? SITE.licence.text.url,
    creator: siteOrganisation(links.homeUrl),
    isAccessibleForFree: true,
    dateModified: checked[checked.length - 1],
    isBasedOn: resource.sources.map((s) => s.path),
    variableMeasured: resource.schema.fields.map((f) => f.title ?? f.name),
    distribution: [
      { "@type": "DataDownload", name: resource.path, encodingFormat: "text/csv", contentUrl: links.csv },
      { "@type": "DataDownload", name: "datapackage.json", encodingFormat: "application/json", contentUrl: links.datapackage },
    ],
  };
}
