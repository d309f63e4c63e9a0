import { describe, expect, it } from "vitest";
import { statText } from "../../src/lib/stat-text.ts";

describe("statText", () => {
  const base = { calculated: false, label: "x", sources: [] };
  it("writes qualifier, number and unit", () => {
    expect(statText({ ...base, value: 3300, format: "number", qualifier: "more than", unit: "link workers" })).toBe(
      "more than 3,300 link workers",
    );
  });
  it("writes shares as whole percentages", () => {
    expect(statText({ ...base, value: 0.2825, format: "percent" })).toBe("28%");
  });
  it("writes published estimates with their printed decimals and a true minus sign", () => {
    expect(statText({ ...base, value: 0.3, format: "decimal", decimals: 2 })).toBe("0.30");
    expect(statText({ ...base, value: -1.04, format: "decimal", decimals: 2 })).toBe("−1.04");
  });
  it("copies text stats verbatim", () => {
    expect(statText({ ...base, value: "6–9 months later", format: "text" })).toBe("6–9 months later");
  });
});
