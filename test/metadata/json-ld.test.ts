import { describe, expect, it } from "vitest";
import { getResource } from "../../src/data/index.ts";
import { siteData } from "../../src/site/data.ts";
import { datasetJsonLd, jsonLdScriptBody, scholarlyArticleJsonLd } from "../../src/metadata/json-ld.ts";

describe("jsonLdScriptBody", () => {
  it("escapes < so that no value can close the script element", () => {
    const body = jsonLdScriptBody({ name: "</script><script>alert(1)</script>" });
    expect(body).not.toContain("<");
    expect(JSON.parse(body)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});

describe("scholarlyArticleJsonLd", () => {
  const data = scholarlyArticleJsonLd({
    title: "An article",
    description: "What it says.",
    url: "https://example.org/an-article/",
    homeUrl: "https://example.org/",
    image: "https://example.org/social/article-an-article.png",
    published: new Date("2026-11-25"),
    lastReviewed: new Date("2026-12-01"),
    audience: "clinicians",
  });

  it("is a ScholarlyArticle by this site, dated and licensed", () => {
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: "An article",
      datePublished: "2026-11-25",
      dateModified: "2026-12-01",
      author: { "@type": "Organization", name: "Social Cure Explained" },
      license: "https://creativecommons.org/licenses/by/4.0/",
    });
  });

  it("is about the paper, identified by its DOI", () => {
    expect(data["about"]).toMatchObject({
      "@type": "ScholarlyArticle",
      identifier: { propertyID: "DOI", value: "10.1177/1359105320944991" },
      sameAs: "https://doi.org/10.1177/1359105320944991",
      pageStart: "386",
    });
  });
});

describe("datasetJsonLd", () => {
  it("gives a table its CSV and descriptor as distributions, its licence and its sources", () => {
    const { resource } = getResource(siteData(), "participant-flow");
    const data = datasetJsonLd(resource, {
      page: "https://example.org/data/#participant-flow",
      csv: "https://example.org/data/participant-flow.csv",
      datapackage: "https://example.org/data/datapackage.json",
      homeUrl: "https://example.org/",
    });
    expect(data).toMatchObject({
      "@type": "Dataset",
      name: resource.title,
      license: "https://creativecommons.org/licenses/by/4.0/",
      isBasedOn: ["https://www.pubmed.gov/32700974/"],
      variableMeasured: ["Wave", "Short label", "Timing", "People surveyed"],
      distribution: [
        { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: "https://example.org/data/participant-flow.csv" },
        { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: "https://example.org/data/datapackage.json" },
      ],
    });
  });
});
