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

  it("names each point in the table's words, with its place, and hides the other marks from assistive technology", () => {
    const root = svg(`<style></style><g class="axis"><text>0</text></g><g class="mark-primary"><rect/><rect/></g>`);
    numberPoints(root, {
      id: "x",
      pointMark: "mark-primary",
      table: {
        ...table(2),
        columns: [...table(2).columns, { key: "n", label: "People", format: "number" }],
        rows: [
          { k: "T0", n: 630 },
          { k: "T1", n: 178 },
        ],
      },
    });
    const rects = [...root.querySelectorAll("rect")];
    expect(rects.map((r) => r.getAttribute("role"))).toEqual(["img", "img"]);
    expect(rects.map((r) => r.getAttribute("aria-label"))).toEqual(["K: T0 (1 of 2). People: 630", "K: T1 (2 of 2). People: 178"]);
    expect(root.querySelector("g.axis")!.getAttribute("aria-hidden")).toBe("true");
    expect(root.querySelector("g.mark-primary")!.hasAttribute("aria-hidden")).toBe(false);
    expect(root.querySelector("style")!.hasAttribute("aria-hidden")).toBe(false);
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
