import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { linkWorkerSeries } from "../../src/analysis/link-worker-series.ts";
import { linkWorkerDomains, linkWorkersEnglandChart } from "../../src/charts/link-workers-england.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const context = table({
  id: ["link_workers_2021", "link_workers_2025"],
  measure: ["Headcount", "Press coverage"],
  value: [1449, 3300],
  unit: ["link workers", "link workers"],
  qualifier: [null, "more than"],
  period: ["end of 2020/21", "2025"],
  date: ["2021-03-31", "2025"],
  source_id: ["s", "s"],
});
const TARGET = { id: "target_link_workers", value: 1000, qualifier: "at least", period: "by the end of 2020/21", date: "2021-03-31" };
const model = linkWorkersEnglandChart({
  series: linkWorkerSeries(context),
  target: TARGET,
  sources: [SOURCE],
});

describe("linkWorkersEnglandChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `link-workers-england-${narrow ? "narrow" : "wide"}`);
  });

  it("keeps each source's qualifier with its number", () => {
    expect(model.table.rows.map((r) => r["count"])).toEqual(["1,449", "more than 3,300 (lower bound)"]);
    expect(renderChartSvg(model, false).svg).toContain("more than 3,300");
  });

  it("does not join points from different sources with a line", () => {
    expect(renderChartSvg(model, false).svg).not.toMatch(/aria-label="line"/);
  });

  it("takes its axes from the data: 0–4,000 and 2020–2026 for today's figures", () => {
    const { x, y } = linkWorkerDomains(linkWorkerSeries(context).objects() as never, TARGET);
    expect(y).toEqual([0, 4000]);
    expect(x.map((d) => d.getUTCFullYear())).toEqual([2020, 2026]);
  });

  it("grows the axes when a larger or later figure arrives", () => {
    const bigger = context.concat(
      table({
        id: ["x"],
        measure: ["m"],
        value: [5200],
        unit: ["link workers"],
        qualifier: [null],
        period: ["2027"],
        date: ["2027"],
        source_id: ["s"],
      }),
    );
    const { x, y } = linkWorkerDomains(linkWorkerSeries(bigger).objects() as never, TARGET);
    expect(y).toEqual([0, 6000]);
    expect(x[1].getUTCFullYear()).toBe(2028);
  });

  it("stops the build on a value the chart cannot show", () => {
    const bad = table({ ...Object.fromEntries(context.columnNames().map((c) => [c, context.array(c)])), value: [1449, Number.NaN] });
    expect(() => linkWorkersEnglandChart({ series: linkWorkerSeries(bad), target: TARGET, sources: [SOURCE] })).toThrow(
      /row "link_workers_2025" has value NaN/,
    );
  });

  it("draws the target as one point at its date, labelled as additional link workers", () => {
    const { svg } = renderChartSvg(model, false);
    expect(svg).toContain("Target: at least 1,000 additional, by the end of 2020/21");
    expect(svg).not.toMatch(/aria-label="rule"[^>]*stroke-dasharray/);
  });

  it("writes the description without slips: a preposition before each period, no doubled brackets", () => {
    expect(model.description).toContain("1,449 at the end of 2020/21");
    expect(model.description).toContain("more than 3,300 (lower bound) in 2025");
    expect(model.description).not.toMatch(/\)\s*\)|\(\s*\(/);
    expect(model.description).not.toMatch(/ in end of/);
  });
});
