import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { isCalculated } from "../../src/analysis/calculated.ts";
import { retentionByWave } from "../../src/analysis/retention.ts";

describe("retentionByWave", () => {
  const flow = table({ wave: ["T2", "T0", "T1"], n: [63, 630, 178] });

  it("compares every wave with entry, in wave order", () => {
    const out = retentionByWave(flow).objects() as { wave: string; share_of_entry: number; not_surveyed: number }[];
    expect(out.map((r) => r.wave)).toEqual(["T0", "T1", "T2"]);
    expect(out.map((r) => Number(r.share_of_entry.toFixed(3)))).toEqual([1, 0.283, 0.1]);
    expect(out.map((r) => r.not_surveyed)).toEqual([0, 452, 567]);
  });

  it("flags its derived columns as calculated, and only those", () => {
    const out = retentionByWave(flow);
    expect(isCalculated(out, "share_of_entry")).toBe(true);
    expect(isCalculated(out, "not_surveyed")).toBe(true);
    expect(isCalculated(out, "n")).toBe(false);
  });

  it("needs an entry wave to compare with", () => {
    expect(() => retentionByWave(table({ wave: ["T1"], n: [178] }))).toThrow("expected a T0 (pathway entry) row");
  });
});
