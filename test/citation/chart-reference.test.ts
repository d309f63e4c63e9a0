import { describe, expect, it } from "vitest";
import { apaText } from "../../src/citation/apa.ts";
import { chartReference } from "../../src/citation/chart-reference.ts";
import type { ChartModel } from "../../src/charts/types.ts";
import { SOURCE } from "../charts/fixtures.ts";

const model = {
  id: "tiny",
  title: "A tiny chart",
  sources: [SOURCE, { ...SOURCE, id: "t", title: "Another source", accessed: "2026-12-01" }],
} as ChartModel;

describe("chartReference", () => {
  it("credits the site, dates the chart by its newest source check and names the sources", () => {
    const ref = chartReference(model, "https://example.org/charts/tiny/");
    expect(apaText(ref)).toBe("Social Cure Explained. (2026, December 1). A tiny chart [Chart]. https://example.org/charts/tiny/");
    expect(ref.note).toBe("Data: A source; Another source. Licence: CC BY 4.0.");
    expect(ref.key).toBe("socialcure-tiny");
  });

  it("refuses a chart with no sources", () => {
    expect(() => chartReference({ ...model, sources: [] }, "https://example.org/")).toThrow(
      'Chart "tiny" has no sources, so it cannot be cited',
    );
  });
});
