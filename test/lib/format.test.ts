import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatNumber, formatPercent } from "../../src/lib/format.ts";

describe("format", () => {
  it("writes numbers the way STYLE §4 asks", () => {
    expect(formatNumber(1449)).toBe("1,449");
    expect(formatNumber(1.3)).toBe("1.3");
    expect(formatPercent(178 / 630)).toBe("28%");
  });

  it("writes dates at the precision given", () => {
    expect(formatDate("2026-11-25")).toBe("25 November 2026");
    expect(formatDate("2022-08")).toBe("August 2022");
    expect(formatDate("2025")).toBe("2025");
  });
});

describe("formatBytes", () => {
  it("rounds up to whole kilobytes, never below 1 KB", () => {
    expect(formatBytes(0)).toBe("1 KB");
    expect(formatBytes(1024)).toBe("1 KB");
    expect(formatBytes(1025)).toBe("2 KB");
    expect(formatBytes(30_000)).toBe("30 KB");
  });
});
