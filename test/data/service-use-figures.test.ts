import { describe, expect, it } from "vitest";
import { getResource } from "../../src/data/index.ts";
import { siteData } from "../../src/site/data.ts";

describe("data/service-use-figures.csv (SOURCES.md §10.5)", () => {
  const { rows, resource } = getResource(siteData(), "service-use-figures");
  const RANK = { controlled: 0, observational: 1, uncontrolled: 2, press: 3 } as const;

  it("orders the figures by design, strongest first, never by the size of the figure", () => {
    const sorted = [...rows].sort((a, b) => a.order - b.order);
    expect(sorted.map((r) => RANK[r.design_group])).toEqual([...sorted.map((r) => RANK[r.design_group])].sort((a, b) => a - b));
  });

  it("quotes each figure exactly as its source's quote prints it", () => {
    for (const row of rows) {
      const source = resource.sources.find((s) => s.id === row.source_id);
      expect(source?.quote, row.id).toContain(row.finding);
    }
  });

  it("holds the controlled trials' finding, Wilding's 1.13 and the 25% press figure", () => {
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(["kiely-2022", "wilding-2025", "polley-2017", "nasp-2024", "ntu-release-2019"]));
  });
});
