import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { interviewSampleChart } from "../../src/charts/interview-sample.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const sample = table({ group: ["service_users", "gps"], role: ["Service users", "GPs"], n: [19, 7] });
const model = interviewSampleChart({ sample, sources: [SOURCE] });

describe("interviewSampleChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `interview-sample-${narrow ? "narrow" : "wide"}`);
  });

  it("says these are interviewees, not survey participants", () => {
    expect(model.notes.join(" ")).toContain("not the survey participants");
  });
});
