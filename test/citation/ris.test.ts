import { describe, expect, it } from "vitest";
import { BMJ_OPEN_2019, BU_2024, JHP_2022, MUNFORD_2020, NTU_RELEASE_2020 } from "../../src/citation/papers.ts";
import { ris } from "../../src/citation/ris.ts";

describe("ris", () => {
  it("writes the paper as a JOUR record, one AU line per author in order", () => {
    const record = ris(JHP_2022).split("\n");
    expect(record[0]).toBe("TY  - JOUR");
    expect(record.filter((l) => l.startsWith("AU  - "))).toEqual(JHP_2022.authors.map((a) => `AU  - ${a.family}, ${a.initials}`));
    expect(record).toEqual(
      expect.arrayContaining([
        "PY  - 2022",
        "DA  - 2022/02",
        "VL  - 27",
        "IS  - 2",
        "SP  - 386",
        "EP  - 396",
        "DO  - 10.1177/1359105320944991",
      ]),
    );
    expect(record[record.length - 1]).toBe("ER  - ");
  });

  it("puts an article number where the start page would go", () => {
    expect(ris(BMJ_OPEN_2019)).toContain("SP  - e033137");
    expect(ris(BMJ_OPEN_2019)).not.toContain("EP  - ");
  });

  it("leaves out what SOURCES.md does not give: no DO line without a DOI, no VL or IS for a paper not yet in an issue", () => {
    const munford = ris(MUNFORD_2020).split("\n");
    expect(munford.some((l) => l.startsWith("DO  - "))).toBe(false);
    expect(munford).toContain(`UR  - ${MUNFORD_2020.url}`);
    const bu = ris(BU_2024).split("\n");
    expect(bu.some((l) => /^(VL|IS|DO) {2}- /.test(l))).toBe(false);
    expect(bu).toEqual(expect.arrayContaining(["DA  - 2024/11/11", `UR  - ${BU_2024.url}`]));
  });

  it("writes a web work as an ELEC record with its date and medium", () => {
    expect(ris({ ...NTU_RELEASE_2020, note: "Not evidence" })).toBe(
      [
        "TY  - ELEC",
        "AU  - Nottingham Trent University",
        `TI  - ${NTU_RELEASE_2020.title}`,
        "PY  - 2020",
        "DA  - 2020/07/08",
        "M3  - Press release",
        `UR  - ${NTU_RELEASE_2020.url}`,
        "N1  - Not evidence",
        "ER  - ",
      ].join("\n"),
    );
  });

  it("writes every line as a two-letter tag, two spaces, a hyphen and a space", () => {
    for (const l of ris(JHP_2022).split("\n")) expect(l).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});
