import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { numberPoints } from "../../src/charts/point-index.ts";
import type { ChartTable } from "../../src/charts/types.ts";

const table = (n: number): ChartTable => ({
  caption: "c",
  columns: [{ key: "k", label: "K", format: "text" }],
  rows: Array.from({ length: n }, (_, i) => ({ k: `row ${i}` })),
});

function svg(markup: string): Element {
  const { document } = parseHTML(`<svg>${markup}</svg>`);
  return document.querySelector("svg")!;
}

describe("numberPoints", () => {
  it("numbers the point mark's elements in row order and leaves other marks alone", () => {
    const root = svg(`<g class="mark-primary"><rect/><rect/></g><g class="other"><text/></g>`);
    numberPoints(root, { id: "x", pointMark: "mark-primary", table: table(2) });
    expect([...root.querySelectorAll("rect")].map((r) => r.getAttribute("data-index"))).toEqual(["0", "1"]);
    expect(root.querySelector("text")!.hasAttribute("data-index")).toBe(false);
  });

  it("does nothing for a chart without a point mark", () => {
    const root = svg(`<g class="mark-primary"><rect/></g>`);
    numberPoints(root, { id: "x", table: table(1) });
    expect(root.querySelector("rect")!.hasAttribute("data-index")).toBe(false);
  });

  it("stops the build when the mark and the table disagree", () => {
    const root = svg(`<g class="mark-primary"><rect/><rect/></g>`);
    expect(() => numberPoints(root, { id: "x", pointMark: "mark-primary", table: table(3) })).toThrow(
      'Chart "x": its point mark "mark-primary" draws 2 elements but its table has 3 rows; they must match one to one',
    );
  });

  it("stops the build when the point mark is missing", () => {
    expect(() => numberPoints(svg(`<g class="other"></g>`), { id: "x", pointMark: "mark-primary", table: table(1) })).toThrow(
      'Chart "x": expected one mark with className "mark-primary" (its pointMark), found 0',
    );
  });
});
