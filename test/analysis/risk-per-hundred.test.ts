import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { isCalculated } from "../../src/analysis/calculated.ts";
import { riskPerHundred } from "../../src/analysis/risk-per-hundred.ts";

const risks = table({
  groups_kept: [2, 1, 0],
  label: ["a", "b", "c"],
  risk_percent: [2, 5, 12],
  years: [6, 6, 6],
  source_id: ["s", "s", "s"],
});

describe("riskPerHundred", () => {
  it("writes each percentage as people out of 100", () => {
    expect(riskPerHundred(risks).array("per_100")).toEqual([2, 5, 12]);
  });

  it("flags the frequency as calculated", () => {
    expect(isCalculated(riskPerHundred(risks), "per_100")).toBe(true);
  });

  it("refuses a risk too small to show as a whole person in 100", () => {
    expect(() => riskPerHundred(table({ risk_percent: [0.2] }))).toThrow("less than 1 in 100");
  });
});
