import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { shareOfUnadjusted } from "../../src/analysis/adjustment-share.ts";
import { adjustmentStepText, munford2017AdjustmentChart } from "../../src/charts/munford-2017-adjustment.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import type { AdjustmentShareRow } from "../../src/analysis/adjustment-share.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const raw = table({
  step: [1, 2, 3],
  adjustment: ["Nothing (unadjusted)", "Sociodemographic characteristics", "Limiting long-term conditions"],
  difference: [0.094, 0.081, 0.039],
  ci_low: [0.077, 0.064, 0.025],
  ci_high: [0.111, 0.098, 0.052],
  source_id: ["s", "s", "s"],
});
const steps = shareOfUnadjusted(raw);
const model = munford2017AdjustmentChart({ steps, sources: [SOURCE] });

describe("munford2017AdjustmentChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `munford-2017-adjustment-${narrow ? "narrow" : "wide"}`);
  });

  it("writes estimates with the decimals the abstract prints and marks the share as calculated", () => {
    expect(model.table.columns.filter((c) => c.calculated).map((c) => c.key)).toEqual(["share_left"]);
    expect(model.description).toContain("0.094 points higher (95% CI 0.077 to 0.111)");
    expect(adjustmentStepText((steps.objects() as AdjustmentShareRow[])[2]!)).toContain("41% of the unadjusted difference (calculated)");
  });

  it("draws one stage per adjustment on fixed scales, so a stage never moves the one before", async () => {
    const stage1 = munford2017AdjustmentChart({ steps, sources: [SOURCE], upTo: 1 });
    expect(stage1.table.rows).toHaveLength(1);
    const a = renderChartSvg(stage1, false);
    const b = renderChartSvg(model, false);
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    await expectSvgSnapshot(a.svg, "munford-2017-adjustment-stage-1-wide");
  });

  it("refuses steps that did not go through shareOfUnadjusted", () => {
    expect(() => munford2017AdjustmentChart({ steps: raw, sources: [SOURCE] })).toThrow("expects the output of shareOfUnadjusted()");
  });

  it("stops the build when its title would no longer be true", () => {
    const kept = shareOfUnadjusted(
      raw.derive({ difference: (d: { step: number; difference: number }) => (d.step === 3 ? 0.09 : d.difference) }),
    );
    expect(() => munford2017AdjustmentChart({ steps: kept, sources: [SOURCE] })).toThrow(
      "more than halved the difference, but 96% is left",
    );
  });
});
