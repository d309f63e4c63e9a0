import { describe, expect, it } from "vitest";
import { BMJ_OPEN_2019, JHP_2022 } from "../../src/citation/papers.ts";
import { citationReference, highwireTags } from "../../src/metadata/highwire.ts";

describe("highwireTags", () => {
  const tags = highwireTags({ title: "An article", url: "https://example.org/an-article/", published: new Date("2026-11-25") });

  it("describes the page as this site's article, dated with slashes", () => {
    expect(tags.slice(0, 6)).toEqual([
      ["citation_title", "An article"],
      ["citation_author", "Social Cure Explained"],
      ["citation_publisher", "Social Cure Explained"],
      ["citation_publication_date", "2026/11/25"],
      ["citation_language", "en"],
      ["citation_fulltext_html_url", "https://example.org/an-article/"],
    ]);
  });

  it("points at the paper it explains, with its DOI, through citation_reference", () => {
    expect(tags.at(-1)).toEqual(["citation_reference", citationReference(JHP_2022)]);
    expect(citationReference(JHP_2022)).toBe(
      "citation_title=Social Prescribing as ‘Social Cure’: A longitudinal study of the health benefits of social connectedness within a Social Prescribing pathway; " +
        "citation_author=Wakefield, J. R. H.; citation_author=Kellezi, B.; citation_author=Stevenson, C.; citation_author=McNamara, N.; " +
        "citation_author=Bowe, M.; citation_author=Wilson, I.; citation_author=Halder, M.; citation_author=Mair, E.; " +
        "citation_journal_title=Journal of Health Psychology; citation_publication_date=2022; citation_volume=27; citation_issue=2; " +
        "citation_firstpage=386; citation_lastpage=396; citation_doi=10.1177/1359105320944991",
    );
  });

  it("leaves out pages for an article-numbered paper", () => {
    expect(citationReference(BMJ_OPEN_2019)).not.toContain("citation_firstpage");
  });
});
