import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { pathwaySteps } from "../../src/analysis/pathway-steps.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { socialCurePathwayChart } from "../../src/charts/social-cure-pathway.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const measures = table({
  id: ["a", "b", "c"],
  step: [1, 2, 3],
  label: ["Groups", "Belonging", "Loneliness"],
  plain_label: ["x", "y", "z"],
});
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

describe("socialCurePathwayChart, one stage at a time (upTo)", () => {
  const stage = (upTo: number) => socialCurePathwayChart({ steps: pathwaySteps(measures, links), sources: [SOURCE], upTo });

  it.each([true, false])("renders a stage accessibly, the same size as the whole diagram (narrow: %s)", async (narrow) => {
    const { svg, width, height } = renderChartSvg(stage(1), narrow, "stage-1");
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `social-cure-pathway-stage-1-${narrow ? "narrow" : "wide"}`);
    const whole = renderChartSvg(model, narrow);
    expect([width, height]).toEqual([whole.width, whole.height]);
  });

  it("draws the links so far, and the boxes still to come as outlines", () => {
    const { svg } = renderChartSvg(stage(1), false, "stage-1");
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toContain('class="mark-upcoming"');
    // The link just added is the one in bold words.
    expect(svg).toMatch(/font-weight="bold" font-style="italic"[^>]*>\n?<text[^>]*>\+ more went with more</);
    expect(stage(1).alt).toBe("The chain so far, link 1 of 2: groups → belonging.");
    expect(stage(1).description).toContain("Still to come, as dashed outlines: loneliness.");
  });

  it("draws the last stage as the whole diagram, with nothing to come", () => {
    const { svg } = renderChartSvg(stage(2), false, "stage-2");
    expect(svg.match(/<path/g)).toHaveLength(2);
    expect(svg).not.toContain("mark-upcoming");
    expect(svg).not.toContain('font-weight="bold" font-style="italic"');
  });

  it("numbers no points in a stage, whose arrows are fewer than the table's rows", () => {
    expect(stage(1).pointMark).toBeUndefined();
    expect(renderChartSvg(stage(1), false, "stage-1").svg).not.toContain("data-index");
  });

  it("refuses a stage outside the chain", () => {
    expect(() => stage(0)).toThrow("upTo must be a whole number from 1 to 2, found 0");
    expect(() => stage(3)).toThrow("upTo must be a whole number from 1 to 2, found 3");
  });
});
