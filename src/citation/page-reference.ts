import { SITE } from "../lib/site.ts";
import type { WebReference } from "./reference.ts";

/** What an article page says about itself: the same fields its Highwire tags and JSON-LD use. */
export interface CitablePage {
  /** The article's slug, for the BibTeX key. */
  id: string;
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Publication date: citation_publication_date and JSON-LD datePublished use it too. */
  published: Date;
}

/**
 * An article as a citable web page by this site ("Cite this page"): its own title, publication
 * date and address, so APA, BibTeX and RIS agree with the page's Highwire tags and JSON-LD.
 */
export function pageReference(page: CitablePage): WebReference {
  return {
    kind: "web",
    key: `socialcure-${page.id}`,
    author: SITE.name,
    date: page.published.toISOString().slice(0, 10),
    title: page.title,
    medium: "Web page",
    url: page.url,
    note: `Licence: ${SITE.licence.text.name}.`,
  };
}
