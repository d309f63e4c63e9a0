import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { shareOfUnadjusted } from "../../src/analysis/adjustment-share.ts";
import { isCalculated } from "../../src/analysis/calculated.ts";

const steps = table({
  step: [3, 1, 2],
  adjustment: ["c", "a", "b"],
  difference: [0.039, 0.094, 0.081],
  ci_low: [0.025, 0.077, 0.064],
  ci_high: [0.052, 0.111, 0.098],
  source_id: ["s", "s", "s"],
});

describe("shareOfUnadjusted", () => {
  it("divides each step's difference by the unadjusted one, in step order", () => {
    const out = shareOfUnadjusted(steps);
    expect(out.array("step")).toEqual([1, 2, 3]);
    expect((out.array("share_left") as number[]).map((s) => Number(s.toFixed(3)))).toEqual([1, 0.862, 0.415]);
  });

  it("flags the share as calculated and keeps the published columns as they are", () => {
    const out = shareOfUnadjusted(steps);
    expect(isCalculated(out, "share_left")).toBe(true);
    expect(isCalculated(out, "difference")).toBe(false);
    expect(out.array("ci_low")).toEqual([0.077, 0.064, 0.025]);
  });

  it("needs an unadjusted step 1", () => {
    expect(() => shareOfUnadjusted(steps.filter((d: { step: number }) => d.step > 1))).toThrow("expected a step 1 (unadjusted) row");
  });
});
