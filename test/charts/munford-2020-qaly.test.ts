import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { munford2020QalyChart } from "../../src/charts/munford-2020-qaly.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const qaly = table({
  months: [12, 6, 18],
  qaly_gain: [0.03, 0.017, 0.056],
  ci_low: [0.005, 0.002, 0.017],
  ci_high: [0.054, 0.032, 0.094],
  source_id: ["s", "s", "s"],
});
const model = munford2020QalyChart({ qaly, sources: [SOURCE] });

describe("munford2020QalyChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `munford-2020-qaly-${narrow ? "narrow" : "wide"}`);
  });

  it("orders follow-ups in time and writes gains as printed", () => {
    expect(model.table.rows.map((r) => r["when"])).toEqual(["6 months", "12 months", "18 months"]);
    expect(model.description).toContain("At 12 months: 0.030 QALYs (95% CI 0.005 to 0.054).");
  });

  it("says the design: observational, linked with", () => {
    expect(model.subtitle).toContain("Observational cohort");
    expect(model.title).toContain("linked with");
  });
});
