import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { shareOfUnadjusted } from "../../src/analysis/adjustment-share.ts";
import { markCalculated } from "../../src/analysis/calculated.ts";
import { retentionByWave } from "../../src/analysis/retention.ts";
import { riskPerHundred } from "../../src/analysis/risk-per-hundred.ts";
import { assertInCategories, assertInDomain } from "../../src/charts/domain.ts";
import { groups4HealthWithinArmChart } from "../../src/charts/groups4health-within-arm.ts";
import { interviewSampleChart } from "../../src/charts/interview-sample.ts";
import { kielyGradeProfileChart } from "../../src/charts/kiely-grade-profile.ts";
import { munford2017AdjustmentChart } from "../../src/charts/munford-2017-adjustment.ts";
import { munford2020QalyChart } from "../../src/charts/munford-2020-qaly.ts";
import { participantFlowChart } from "../../src/charts/participant-flow.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { steffens2016IconsChart } from "../../src/charts/steffens-2016-icons.ts";
import { SOURCE } from "./fixtures.ts";

describe("assertInDomain", () => {
  it("accepts values on the axis, ends included", () => {
    expect(() =>
      assertInDomain(
        "c",
        [
          { row: "a", value: 0 },
          { row: "b", value: 10 },
        ],
        [0, 10],
        "0 to 10",
      ),
    ).not.toThrow();
  });

  it.each([-1, 11, NaN, Infinity])("stops at %s, naming the chart, the row and the axis", (value) => {
    expect(() => assertInDomain("c", [{ row: "wave T2", value }], [0, 10], "0 to 10")).toThrow(
      `src/charts/c.ts: wave T2 has ${value}, which the chart cannot show (its axis runs from 0 to 10)`,
    );
  });
});

describe("chart domains come from the data", () => {
  it("stops the flow chart when a later wave outnumbers entry, rather than drawing past the frame", () => {
    const flow = table({ wave: ["T0", "T1"], label: ["a", "b"], timing: ["at entry", "later"], n: [630, 700] });
    expect(() => participantFlowChart({ retention: retentionByWave(flow), sources: [SOURCE] })).toThrow(
      "src/charts/participant-flow.ts: wave T1 (data/participant-flow.csv) has 700, which the chart cannot show (its axis runs from 0 to the 630 people surveyed at entry)",
    );
  });

  it("stops the interview chart at a negative count", () => {
    const sample = table({ group: ["gps", "link_workers"], role: ["GPs", "Link workers"], n: [3, -1] });
    expect(() => interviewSampleChart({ sample, sources: [SOURCE] })).toThrow("group link_workers (data/interview-sample.csv) has -1");
  });
});

describe("assertInCategories", () => {
  it("accepts the categories the axis shows and stops at any other, naming the row", () => {
    expect(() => assertInCategories("c", [{ row: "a", value: "Low" }], ["Low", "High"], "two levels")).not.toThrow();
    expect(() => assertInCategories("c", [{ row: 'outcome "x"', value: "Unclear" }], ["Low", "High"], "two levels")).toThrow(
      'src/charts/c.ts: outcome "x" has "Unclear", which the chart cannot show (its axis shows two levels: Low, High)',
    );
  });
});

describe("the evidence charts take their domains from the data", () => {
  const kiely = (certainty: string) =>
    table({
      id: ["hrqol"],
      outcome: ["Health-related quality of life"],
      finding: ["may have little or no impact on HRQoL"],
      rct_studies: [2],
      rct_participants: [894],
      cba_studies: [null],
      cba_participants: [null],
      contributing_studies: ["2 RCTs (894) US-based"],
      certainty: [certainty],
    });

  it("stops the GRADE chart at a certainty that is not one of GRADE's levels", () => {
    expect(() => kielyGradeProfileChart({ grade: kiely("Unclear"), sources: [SOURCE] })).toThrow(
      'src/charts/kiely-grade-profile.ts: outcome "Health-related quality of life" (data/kiely-2022-grade.csv) has "Unclear"',
    );
  });

  const g4h = (d: number[]) =>
    table({
      outcome_id: ["loneliness", "loneliness", "gp_visits", "gp_visits"],
      outcome: ["Loneliness", "Loneliness", "General practitioner visits", "General practitioner visits"],
      arm: ["Groups 4 Health", "Treatment as usual", "Groups 4 Health", "Treatment as usual"],
      d,
      source_id: ["s", "s", "s", "s"],
    });

  it("widens the Groups 4 Health axis to the largest d, with room for its label, and stops at a d it cannot place", () => {
    const svg = renderChartSvg(groups4HealthWithinArmChart({ effects: g4h([-1.04, -0.33, -0.33, 2.6]), sources: [SOURCE] }), true).svg;
    const x = Number(/data-index="3"[^>]*cx="([\d.]+)"/.exec(svg)?.[1]);
    expect(x).toBeGreaterThan(0);
    // Half of "TAU 2.60" (about 35 pixels) fits between the outermost dot and the right margin of the 340-pixel chart.
    expect(340 - 16 - x).toBeGreaterThanOrEqual(35);
    expect(() => groups4HealthWithinArmChart({ effects: g4h([-1.04, -0.33, NaN, 0.3]), sources: [SOURCE] })).toThrow(
      "src/charts/groups4health-within-arm.ts: gp_visits, Groups 4 Health (data/groups4health-effects.csv) has NaN",
    );
  });

  const munford2017 = (ci_low: number[], difference = [0.094, 0.081, 0.039]) =>
    shareOfUnadjusted(
      table({
        step: [1, 2, 3],
        adjustment: ["Nothing (unadjusted)", "Sociodemographic characteristics", "Limiting long-term conditions"],
        difference,
        ci_low,
        ci_high: [0.111, 0.098, 0.052],
        source_id: ["s", "s", "s"],
      }),
    );

  it("draws a Munford 2017 interval that crosses zero instead of cutting it off, and stops at one it cannot place", () => {
    const model = munford2017AdjustmentChart({ steps: munford2017([0.077, 0.064, -0.02]), sources: [SOURCE] });
    expect(renderChartSvg(model, false).svg).toMatch(/>−0\.02</);
    expect(() => munford2017AdjustmentChart({ steps: munford2017([0.077, Infinity, 0.025]), sources: [SOURCE] })).toThrow(
      "src/charts/munford-2017-adjustment.ts: step 2 (data/munford-2017-adjustment.csv), ci_low has Infinity",
    );
    expect(() =>
      munford2017AdjustmentChart({ steps: munford2017([0.077, 0.064, 0.025], [0.094, 0.05, 0.039]), sources: [SOURCE] }),
    ).toThrow("step 2 (data/munford-2017-adjustment.csv) has a difference of 0.05 outside its 95% CI 0.064 to 0.098");
  });

  const munford2020 = (ci_low: number[]) =>
    table({ months: [6, 12, 18], qaly_gain: [0.017, 0.03, 0.056], ci_low, ci_high: [0.032, 0.054, 0.094], source_id: ["s", "s", "s"] });

  it("reads where the Munford 2020 intervals lie from the data, and stops at a limit it cannot place", () => {
    const crossing = munford2020QalyChart({ qaly: munford2020([-0.01, 0.005, 0.017]), sources: [SOURCE] });
    expect(crossing.alt).toContain("not all CIs above zero");
    // The zero line sits above the bottom of the frame (320 − 44 pixels), so the interval below it is drawn.
    const zero = Number(/translate\(50,([\d.]+)\)" y="0\.32em">0\.00</.exec(renderChartSvg(crossing, false).svg)?.[1]);
    expect(zero).toBeLessThan(320 - 44 - 5);
    expect(munford2020QalyChart({ qaly: munford2020([0.002, 0.005, 0.017]), sources: [SOURCE] }).alt).toContain("all CIs above zero");
    expect(() => munford2020QalyChart({ qaly: munford2020([0.002, NaN, 0.017]), sources: [SOURCE] })).toThrow(
      "src/charts/munford-2020-qaly.ts: 12 months (data/munford-2020-qaly.csv), ci_low has NaN",
    );
  });

  const steffens = (per_100: number[], years = [6, 6, 6]) =>
    markCalculated(
      table({
        groups_kept: [2, 1, 0],
        label: ["Kept both groups", "Lost one group", "Lost both groups"],
        risk_percent: [2, 5, 12],
        years,
        source_id: ["s", "s", "s"],
        per_100,
      }),
      ["per_100"],
    );

  it("stops the icon arrays at more deaths than the 100 people each array draws, and at mixed follow-ups", () => {
    expect(() => steffens2016IconsChart({ risks: steffens([2, 5, 120]), sources: [SOURCE] })).toThrow(
      "src/charts/steffens-2016-icons.ts: groups kept 0 (data/steffens-2016-risk.csv), per_100 has 120, which the chart cannot show (its axis runs from 0 to the 100 people of each icon array)",
    );
    expect(() => steffens2016IconsChart({ risks: steffens([2, 5, 12], [6, 6, 8]), sources: [SOURCE] })).toThrow(
      "groups kept 0 (data/steffens-2016-risk.csv) covers 8 years, but the chart compares risks over 6 years",
    );
    expect(() =>
      steffens2016IconsChart({
        risks: riskPerHundred(
          table({ groups_kept: [2, 0], label: ["a", "b"], risk_percent: [2, 12], years: [6, 6], source_id: ["s", "s"] }),
        ),
        sources: [SOURCE],
      }),
    ).not.toThrow();
  });
});
