import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { kielyGradeProfileChart } from "../../src/charts/kiely-grade-profile.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const grade = table({
  id: ["hrqol", "hospitalisation", "primary_care_visits"],
  outcome: ["Health-related quality of life", "Healthcare utilisation: hospitalisation", "Healthcare utilisation: primary care visits"],
  finding: [
    "may have little or no impact on HRQoL",
    "It is unknown if they reduce hospitalisations",
    "may have little or no impact on primary care visits",
  ],
  rct_studies: [2, 3, 3],
  rct_participants: [894, 4053, 3873],
  cba_studies: [2, null, 1],
  cba_participants: [1292, null, 480],
  contributing_studies: [
    "2 RCTs (894) US-based; 2 CBAs (1292) UK-based",
    "3 RCTs (4053) US-based",
    "3 RCTs (3873) 2 UK- and 1 US-based; 1 CBA (480) UK-based",
  ],
  certainty: ["Low", "Very low", "Low"],
});
const model = kielyGradeProfileChart({ grade, sources: [SOURCE] });

describe("kielyGradeProfileChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `kiely-grade-profile-${narrow ? "narrow" : "wide"}`);
  });

  it("labels each outcome with the designs and participants behind it", () => {
    const { svg } = renderChartSvg(model, false);
    expect(svg).toContain("2 RCTs (894), 2 CBAs (1,292)");
    expect(svg).toContain("3 RCTs (4,053)");
    expect(model.description).toContain("very low certainty");
  });

  it("stops the build when an outcome is rated above low, which its title rules out", () => {
    const better = grade.derive({ certainty: () => "Moderate" });
    expect(() => kielyGradeProfileChart({ grade: better, sources: [SOURCE] })).toThrow("is Moderate");
  });
});
