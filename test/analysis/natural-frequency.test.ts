import { describe, expect, it } from "vitest";
import { naturalFrequency } from "../../src/analysis/natural-frequency.ts";

describe("naturalFrequency", () => {
  it("rounds to the nearest count in 10 and says when it rounded", () => {
    expect(naturalFrequency(178 / 630)).toEqual({ count: 3, denominator: 10, exact: false });
    expect(naturalFrequency(452 / 630)).toEqual({ count: 7, denominator: 10, exact: false });
  });

  it("marks a share that needs no rounding as exact", () => {
    expect(naturalFrequency(63 / 630)).toEqual({ count: 1, denominator: 10, exact: true });
    expect(naturalFrequency(0.25, 4)).toEqual({ count: 1, denominator: 4, exact: true });
  });

  it("refuses shares that would read as nobody, and impossible input", () => {
    expect(() => naturalFrequency(0.02)).toThrow(/less than 1 in 10/);
    expect(() => naturalFrequency(1.2)).toThrow(/from 0 to 1/);
    expect(() => naturalFrequency(0.5, 1)).toThrow(/at least 2/);
  });
});
