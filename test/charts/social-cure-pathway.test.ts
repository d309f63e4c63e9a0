import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { pathwaySteps } from "../../src/analysis/pathway-steps.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { socialCurePathwayChart } from "../../src/charts/social-cure-pathway.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const measures = table({ id: ["a", "b", "c"], step: [1, 2, 3], label: ["Groups", "Belonging", "Loneliness"], plain_label: ["x", "y", "z"] });
const links = table({ from: ["a", "b"], to: ["b", "c"], direction: ["positive", "negative"], described_as: ["q1", "q2"] });
const model = socialCurePathwayChart({ steps: pathwaySteps(measures, links), sources: [SOURCE] });

describe("socialCurePathwayChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `social-cure-pathway-${narrow ? "narrow" : "wide"}`);
  });

  it("says each direction in words, and draws every arrow the same", () => {
    const { svg } = renderChartSvg(model, false);
    expect(svg).toContain("more went with more");
    expect(svg).toContain("more went with less");
    const widths = new Set([...svg.matchAll(/stroke-width="([\d.]+)"/g)].map((m) => m[1]));
    expect(widths.size).toBeLessThanOrEqual(1);
  });

  it("prints no number the sources do not publish", () => {
    const text = [...renderChartSvg(model, false).svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]).join(" ");
    expect(text).not.toMatch(/\d/);
  });
});
