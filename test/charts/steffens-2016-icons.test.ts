import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { riskPerHundred } from "../../src/analysis/risk-per-hundred.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { steffens2016IconsChart } from "../../src/charts/steffens-2016-icons.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const risks = riskPerHundred(
  table({
    groups_kept: [2, 1, 0],
    label: ["Kept both groups", "Lost one group", "Lost both groups"],
    risk_percent: [2, 5, 12],
    years: [6, 6, 6],
    source_id: ["s", "s", "s"],
  }),
);
const model = steffens2016IconsChart({ risks, sources: [SOURCE] });

describe("steffens2016IconsChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `steffens-2016-icons-${narrow ? "narrow" : "wide"}`);
  });

  it("draws 100 icons per group, filled for each death", () => {
    const { svg } = renderChartSvg(model, false);
    const died = svg.match(/class="mark-icon-died"[\s\S]*?<\/g>/)?.[0] ?? "";
    const alive = svg.match(/class="mark-icon-alive"[\s\S]*?<\/g>/)?.[0] ?? "";
    expect((died.match(/<path/g) ?? []).length).toBe(2 + 5 + 12);
    expect((alive.match(/<circle/g) ?? []).length).toBe(300 - 19);
  });

  it("marks the natural frequency as calculated and says the design", () => {
    expect(model.table.columns.filter((c) => c.calculated).map((c) => c.key)).toEqual(["per_100"]);
    expect(model.subtitle).toContain("Cohort study");
    expect(model.description).toContain("not a personal risk");
  });

  it("refuses risks that did not go through riskPerHundred", () => {
    expect(() => steffens2016IconsChart({ risks: table({ risk_percent: [2] }), sources: [SOURCE] })).toThrow(
      "expects the output of riskPerHundred()",
    );
  });
});
