import { describe, expect, it } from "vitest";
import { apaSegments, apaText } from "../../src/citation/apa.ts";
import {
  BMJ_OPEN_2019,
  BU_2024,
  HASLAM_2019,
  JHP_2022,
  MUNFORD_2020,
  NTU_RELEASE_2019,
  NTU_RELEASE_2020,
} from "../../src/citation/papers.ts";
import type { ArticleReference } from "../../src/citation/reference.ts";

describe("apaText", () => {
  it("writes the paper as SOURCES.md section 8 does, with its DOI", () => {
    expect(apaText(JHP_2022)).toBe(
      "Wakefield, J. R. H., Kellezi, B., Stevenson, C., McNamara, N., Bowe, M., Wilson, I., Halder, M., & Mair, E. (2022). Social prescribing as ‘social cure’: A longitudinal study of the health benefits of social connectedness within a social prescribing pathway. Journal of Health Psychology, 27(2), 386–396. https://doi.org/10.1177/1359105320944991",
    );
  });

  it("leaves the DOI or address off for a page that sets it as a link", () => {
    expect(apaText(JHP_2022, { link: false })).toMatch(/Journal of Health Psychology, 27\(2\), 386–396\.$/);
    expect(apaText(NTU_RELEASE_2020, { link: false })).toMatch(/\[Press release\]\.$/);
  });

  it("writes the companion paper as SOURCES.md section 8 does, with its article number", () => {
    expect(apaText(BMJ_OPEN_2019)).toBe(
      "Kellezi, B., Wakefield, J. R. H., Stevenson, C., McNamara, N., Mair, E., Bowe, M., Wilson, I., & Halder, M. M. (2019). The social cure of social prescribing: A mixed-methods study on the benefits of social connectedness on quality and effectiveness of care provision. BMJ Open, 9(11), Article e033137. https://doi.org/10.1136/bmjopen-2019-033137",
    );
  });

  it("writes a study of the wider evidence with its page range and DOI (SOURCES.md §10.3)", () => {
    expect(apaText(HASLAM_2019)).toBe(
      "Haslam, C., Cruwys, T., Chang, M. X.-L., Bentley, S. V., Haslam, S. A., Dingle, G. A., & Jetten, J. (2019). GROUPS 4 HEALTH reduces loneliness and social anxiety in adults with psychological distress. Journal of Consulting and Clinical Psychology, 87(9), 787–801. https://doi.org/10.1037/ccp0000427",
    );
  });

  it("ends a paper without a DOI with the publisher's address", () => {
    expect(apaText(MUNFORD_2020)).toMatch(
      /BMJ Open, 10\(2\), Article e033186\. http:\/\/bmjopen\.bmj\.com\/cgi\/content\/full\/10\/2\/e033186$/,
    );
  });

  it("writes a paper not yet in an issue as an advance online publication, journal alone in italics", () => {
    expect(apaText(BU_2024, { link: false })).toMatch(/\. British Journal of Psychiatry\. Advance online publication\.$/);
    expect(
      apaSegments(BU_2024)
        .filter((s) => s.italic)
        .map((s) => s.text),
    ).toEqual(["British Journal of Psychiatry"]);
  });

  it("dates a web work to the day, or to the month when the day is not known", () => {
    expect(apaText(NTU_RELEASE_2020)).toBe(
      `Nottingham Trent University. (2020, July 8). Importance of community role in patient care highlighted in new social prescribing study [Press release]. ${NTU_RELEASE_2020.url}`,
    );
    expect(apaText(NTU_RELEASE_2019)).toMatch(/^Nottingham Trent University\. \(2019, December\)\. Group membership/);
  });

  it("sets the journal, the volume and web titles in italics, and nothing else", () => {
    expect(
      apaSegments(JHP_2022)
        .filter((s) => s.italic)
        .map((s) => s.text),
    ).toEqual(["Journal of Health Psychology", "27"]);
    expect(
      apaSegments(NTU_RELEASE_2020)
        .filter((s) => s.italic)
        .map((s) => s.text),
    ).toEqual([NTU_RELEASE_2020.title]);
  });

  it("joins one or two authors the APA way and keeps a title's own question mark", () => {
    const base: ArticleReference = { ...JHP_2022, authors: [{ family: "Roe", initials: "A." }], apaTitle: "Does it help?" };
    expect(apaText(base)).toMatch(/^Roe, A\. \(2022\)\. Does it help\? Journal/);
    const two = { ...base, authors: [...base.authors, { family: "Doe", initials: "B. C." }] };
    expect(apaText(two)).toMatch(/^Roe, A\., & Doe, B\. C\. \(2022\)/);
  });

  it("rejects a date it cannot read", () => {
    expect(() => apaText({ ...NTU_RELEASE_2020, date: "8 July 2020" })).toThrow(
      'Expected a reference date as YYYY, YYYY-MM or YYYY-MM-DD, found "8 July 2020"',
    );
  });
});
