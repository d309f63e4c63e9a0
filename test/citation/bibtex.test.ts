import { describe, expect, it } from "vitest";
import { bibtex, escapeTex } from "../../src/citation/bibtex.ts";
import { BMJ_OPEN_2019, JHP_2022, MUNFORD_2020, NTU_RELEASE_2019 } from "../../src/citation/papers.ts";

describe("bibtex", () => {
  it("writes the paper as an @article with the title as published, its pages and DOI", () => {
    expect(bibtex(JHP_2022)).toBe(`@article{wakefield2022,
  author = {Wakefield, J. R. H. and Kellezi, B. and Stevenson, C. and McNamara, N. and Bowe, M. and Wilson, I. and Halder, M. and Mair, E.},
  title = {{Social Prescribing as \`Social Cure': A longitudinal study of the health benefits of social connectedness within a Social Prescribing pathway}},
  journal = {Journal of Health Psychology},
  year = {2022},
  volume = {27},
  number = {2},
  pages = {386--396},
  doi = {10.1177/1359105320944991},
  url = {https://doi.org/10.1177/1359105320944991}
}`);
  });

  it("gives an article-numbered paper an eid instead of pages", () => {
    const entry = bibtex(BMJ_OPEN_2019);
    expect(entry).toContain("  eid = {e033137}");
    expect(entry).not.toContain("pages");
  });

  it("gives a paper without a DOI its publisher's address and no doi field", () => {
    const entry = bibtex(MUNFORD_2020);
    expect(entry).not.toContain("doi = ");
    expect(entry).toContain(`url = {${MUNFORD_2020.url}}`);
  });

  it("writes a web work as @misc with an organisation author kept whole and the month when known", () => {
    const entry = bibtex({ ...NTU_RELEASE_2019, note: "A 100% test & more" });
    expect(entry).toMatch(/^@misc\{ntu2019release,\n {2}author = \{\{Nottingham Trent University\}\},/);
    expect(entry).toContain("  month = {dec}");
    expect(entry).toContain(`  url = {${NTU_RELEASE_2019.url}}`);
    expect(entry).toContain("  note = {A 100\\% test \\& more}");
  });

  it("escapes every character TeX treats specially", () => {
    expect(escapeTex("a & b % c $ d # e _ f { g } h ~ i ^ j \\ k")).toBe(
      "a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k",
    );
  });
});
