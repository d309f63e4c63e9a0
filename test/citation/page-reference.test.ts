import { describe, expect, it } from "vitest";
import { apaSegments } from "../../src/citation/apa.ts";
import { bibtex } from "../../src/citation/bibtex.ts";
import { pageReference } from "../../src/citation/page-reference.ts";
import { ris } from "../../src/citation/ris.ts";
import { highwireTags } from "../../src/metadata/highwire.ts";
import { scholarlyArticleJsonLd } from "../../src/metadata/json-ld.ts";

const page = {
  id: "what-the-study-found",
  title: "What the study found",
  url: "https://example.org/what-the-study-found/",
  published: new Date("2026-11-25"),
};

describe("pageReference", () => {
  const ref = pageReference(page);

  it("cites the page by its own title, date and address in APA, BibTeX and RIS", () => {
    expect(
      apaSegments(ref)
        .map((s) => s.text)
        .join(""),
    ).toBe("Social Cure Explained. (2026, November 25). What the study found [Web page]. https://example.org/what-the-study-found/");
    expect(bibtex(ref)).toContain("title = {{What the study found}}");
    expect(bibtex(ref)).toContain("url = {https://example.org/what-the-study-found/}");
    expect(ris(ref)).toMatch(/TI {2}- What the study found/);
    expect(ris(ref)).toContain("UR  - https://example.org/what-the-study-found/");
  });

  it("says what the page's Highwire tags and JSON-LD say", () => {
    const tags = Object.fromEntries(highwireTags(page));
    const jsonLd = scholarlyArticleJsonLd({
      ...page,
      description: "d",
      homeUrl: "https://example.org/",
      image: "i",
      lastReviewed: page.published,
      audience: "clinicians",
    });
    expect(tags["citation_title"]).toBe(ref.title);
    expect(tags["citation_publication_date"]).toBe(ref.date.replace(/-/g, "/"));
    expect(tags["citation_fulltext_html_url"]).toBe(ref.url);
    expect([jsonLd["headline"], jsonLd["datePublished"], jsonLd["url"]]).toEqual([ref.title, ref.date, ref.url]);
  });
});
