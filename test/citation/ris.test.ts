import { describe, expect, it } from "vitest";
import { BMJ_OPEN_2019, JHP_2022, NTU_RELEASE_2020 } from "../../src/citation/papers.ts";
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
