import { articleUrl, type ArticleReference } from "./reference.ts";

/**
 * A journal article as schema.org JSON-LD, nested as Periodical → volume → issue the way
 * schema.org models journals, with the DOI as identifier and sameAs.
 */
export function articleJsonLd(ref: ArticleReference): Record<string, unknown> {
  return {
    "@type": "ScholarlyArticle",
    name: ref.title,
    author: ref.authors.map((a) => ({ "@type": "Person", familyName: a.family, name: `${a.initials} ${a.family}` })),
    datePublished: ref.issueMonth ?? String(ref.year),
    isPartOf: {
      "@type": "PublicationIssue",
      issueNumber: ref.issue,
      isPartOf: { "@type": "PublicationVolume", volumeNumber: ref.volume, isPartOf: { "@type": "Periodical", name: ref.journal } },
    },
    ...(ref.pages ? { pageStart: ref.pages.first, pageEnd: ref.pages.last } : {}),
    ...(ref.doi === undefined ? {} : { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: ref.doi } }),
    sameAs: articleUrl(ref),
  };
}
