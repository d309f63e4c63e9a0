import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { linkWorkerSeries } from "../../src/analysis/link-worker-series.ts";
import { linkWorkersEnglandChart } from "../../src/charts/link-workers-england.ts";
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
const model = linkWorkersEnglandChart({
  series: linkWorkerSeries(context),
  target: { value: 1000, qualifier: "at least", period: "by the end of 2020/21" },
  sources: [SOURCE],
});

describe("linkWorkersEnglandChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `link-workers-england-${narrow ? "narrow" : "wide"}`);
  });

  it("keeps each source's qualifier with its number", () => {
    expect(model.table.rows.map((r) => r["count"])).toEqual(["1,449", "more than 3,300"]);
    expect(renderChartSvg(model, false).svg).toContain("more than 3,300");
  });

  it("does not join points from different sources with a line", () => {
    expect(renderChartSvg(model, false).svg).not.toMatch(/aria-label="line"/);
  });
});
