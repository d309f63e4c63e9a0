import { describe, expect, it } from "vitest";
import { apaText } from "../../src/citation/apa.ts";
import {
  BMJ_OPEN_2019,
  BU_2024,
  HASLAM_2019,
  JHP_2022,
  MUNFORD_2017,
  MUNFORD_2020,
  NTU_RELEASE_2020,
  STEFFENS_2016,
} from "../../src/citation/papers.ts";
import { doiUrl } from "../../src/citation/reference.ts";
import { REFERENCE_IDS, REFERENCES, referenceText } from "../../src/lib/references.ts";

describe("REFERENCES (the works listed under every article)", () => {
  it("writes each paper and release from its record in papers.ts, with its DOI or address as the link", () => {
    expect(referenceText("wakefield-2022")).toBe(apaText(JHP_2022, { link: false }));
    expect(REFERENCES["wakefield-2022"].url).toBe(doiUrl(JHP_2022.doi));
    expect(referenceText("kellezi-2019")).toBe(apaText(BMJ_OPEN_2019, { link: false }));
    expect(REFERENCES["kellezi-2019"].url).toBe("https://doi.org/10.1136/bmjopen-2019-033137");
    expect(referenceText("ntu-release-2020")).toBe(apaText(NTU_RELEASE_2020, { link: false }));
    expect(REFERENCES["ntu-release-2020"].url).toBe(NTU_RELEASE_2020.url);
  });

  it("prints the paper as SOURCES.md section 8 cites it, journal and volume in italics", () => {
    expect(referenceText("wakefield-2022")).toBe(
      "Wakefield, J. R. H., Kellezi, B., Stevenson, C., McNamara, N., Bowe, M., Wilson, I., Halder, M., & Mair, E. (2022). Social prescribing as ‘social cure’: A longitudinal study of the health benefits of social connectedness within a social prescribing pathway. Journal of Health Psychology, 27(2), 386–396.",
    );
    expect(REFERENCES["wakefield-2022"].segments.filter((s) => s.italic).map((s) => s.text)).toEqual([
      "Journal of Health Psychology",
      "27",
    ]);
  });

  it("writes the studies of the wider evidence from their records, as SOURCES.md section 10 cites them", () => {
    expect(referenceText("haslam-2019")).toBe(
      "Haslam, C., Cruwys, T., Chang, M. X.-L., Bentley, S. V., Haslam, S. A., Dingle, G. A., & Jetten, J. (2019). GROUPS 4 HEALTH reduces loneliness and social anxiety in adults with psychological distress. Journal of Consulting and Clinical Psychology, 87(9), 787–801.",
    );
    expect(REFERENCES["haslam-2019"].url).toBe("https://doi.org/10.1037/ccp0000427");
    expect(referenceText("munford-2017")).toBe(
      "Munford, L. A., Sidaway, M., Blakemore, A., Sutton, M., & Bower, P. (2017). Associations of participation in community assets with health-related quality of life and healthcare usage: A cross-sectional study of older people in the community. BMJ Open, 7(2), Article e012374.",
    );
    expect(REFERENCES["munford-2017"].url).toBe("https://doi.org/10.1136/bmjopen-2016-012374");
    expect(referenceText("munford-2020")).toBe(
      "Munford, L. A., Wilding, A., Bower, P., & Sutton, M. (2020). Effects of participating in community assets on quality of life and costs of care: Longitudinal cohort study of older people in England. BMJ Open, 10(2), Article e033186.",
    );
    // Section 10 gives no DOI for it: the publisher's address it was read at.
    expect(REFERENCES["munford-2020"].url).toBe("http://bmjopen.bmj.com/cgi/content/full/10/2/e033186");
    expect(referenceText("steffens-2016")).toBe(
      "Steffens, N. K., Cruwys, T., Haslam, C., Jetten, J., & Haslam, S. A. (2016). Social group memberships in retirement are associated with reduced risk of premature death: Evidence from a longitudinal cohort study. BMJ Open, 6(2), Article e010164.",
    );
    expect(REFERENCES["steffens-2016"].url).toBe("https://doi.org/10.1136/bmjopen-2015-010164");
    expect(referenceText("bu-2024")).toBe(
      "Bu, F., Hayes, D., Burton, A., & Fancourt, D. (2024). Equal, equitable or exacerbating inequalities: Patterns and predictors of social prescribing referrals in 160 128 UK patients. British Journal of Psychiatry. Advance online publication.",
    );
    expect(REFERENCES["bu-2024"].url).toBe(BU_2024.url);
    for (const [id, record] of [
      ["haslam-2019", HASLAM_2019],
      ["munford-2017", MUNFORD_2017],
      ["munford-2020", MUNFORD_2020],
      ["steffens-2016", STEFFENS_2016],
      ["bu-2024", BU_2024],
    ] as const) {
      expect(referenceText(id)).toBe(apaText(record, { link: false }));
    }
  });

  it("gives every id a citation ending in a full stop and an https or http link", () => {
    for (const id of REFERENCE_IDS) {
      expect(referenceText(id)).toMatch(/\.$/);
      expect(REFERENCES[id].url).toMatch(/^https?:\/\//);
    }
  });
});
