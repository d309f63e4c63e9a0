import { describe, expect, it } from "vitest";
import { apaText } from "../../src/citation/apa.ts";
import { BMJ_OPEN_2019, JHP_2022, NTU_RELEASE_2020 } from "../../src/citation/papers.ts";
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

  it("gives every id a citation ending in a full stop and an https or http link", () => {
    for (const id of REFERENCE_IDS) {
      expect(referenceText(id)).toMatch(/\.$/);
      expect(REFERENCES[id].url).toMatch(/^https?:\/\//);
    }
  });
});
