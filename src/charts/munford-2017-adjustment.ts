import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import { ADJUSTMENT_METHODS, type AdjustmentShareRow } from "../analysis/adjustment-share.ts";
import { isCalculated } from "../analysis/calculated.ts";
import type { Source } from "../data/index.ts";
import { formatDecimal, formatPercent } from "../lib/format.ts";
import { assertInDomain } from "./domain.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

/** The abstract prints the EQ-5D-5L differences and their limits to 3 decimals. */
export const MUNFORD_2017_DECIMALS = 3;

/** Inputs: the output of shareOfUnadjusted() on data/munford-2017-adjustment.csv, its sources, and how many steps to draw. */
export interface Munford2017Input {
  steps: ColumnTable;
  sources: Source[];
  /** Draw steps 1 to `upTo` only (one stage of the explorable figure); all steps when absent. */
  upTo?: number;
}

const est = (v: number) => formatDecimal(v, MUNFORD_2017_DECIMALS);

/** "Step 2: + sociodemographic characteristics": the row's name on the chart and in the table. */
export function adjustmentStepName(row: Pick<AdjustmentShareRow, "step" | "adjustment">): string {
  return row.step === 1 ? "Step 1: unadjusted" : `Step ${row.step}: + ${row.adjustment.toLowerCase()}`;
}

/** One step in words: the estimate, its interval and (calculated) how much of the unadjusted difference is left. */
export function adjustmentStepText(row: AdjustmentShareRow): string {
  const estimate = `${est(row.difference)} points higher (95% CI ${est(row.ci_low)} to ${est(row.ci_high)})`;
  if (row.step === 1) return `Before any adjustment, participants scored ${estimate} than non-participants.`;
  return `Adding ${row.adjustment.toLowerCase()} to the adjustment left a difference of ${estimate}: ${formatPercent(row.share_left)} of the unadjusted difference (calculated).`;
}

/**
 * "How much of the link is left once you take other differences into account": Munford et al.
 * (2017)'s difference in quality of life between older people who did and did not take part in
 * community assets, with its 95% CI, unadjusted and with each adjustment added. Drawn once per
 * stage for the explorable figure (one adjustment added at a time); scales are fixed across
 * stages so a stage never moves what the one before drew.
 */
export function munford2017AdjustmentChart({ steps, sources, upTo }: Munford2017Input): ChartModel {
  if (!isCalculated(steps, "share_left")) throw new Error("munford2017AdjustmentChart expects the output of shareOfUnadjusted()");
  const all = steps.objects() as AdjustmentShareRow[];
  const last = all[all.length - 1];
  if (!last || all.length < 2) throw new Error("munford2017AdjustmentChart expects an unadjusted step and at least one adjustment");
  // The title states a message; stop the build rather than publish it once the data say otherwise.
  if (last.share_left >= 0.5)
    throw new Error(
      `munford2017AdjustmentChart: its title says the adjustments more than halved the difference, but ${formatPercent(last.share_left)} is left`,
    );
  const rows = upTo === undefined ? all : all.filter((r) => r.step <= upTo);
  // Zero (no difference) is always on the axis, as the reference the differences are read from; the
  // rest comes from the data, over every step so that each stage is drawn on the same scale.
  const domain: [number, number] = [Math.min(0, ...all.map((r) => r.ci_low)), Math.max(0, ...all.map((r) => r.ci_high))];
  assertInDomain(
    "munford-2017-adjustment",
    all.flatMap((r) => {
      const row = `step ${r.step} (data/munford-2017-adjustment.csv)`;
      return [
        { row: `${row}, difference`, value: r.difference },
        { row: `${row}, ci_low`, value: r.ci_low },
        { row: `${row}, ci_high`, value: r.ci_high },
      ];
    }),
    domain,
    `${est(domain[0])} to ${est(domain[1])}: zero and every step's 95% CI`,
  );
  for (const r of all)
    if (!(r.ci_low <= r.difference && r.difference <= r.ci_high))
      throw new Error(
        `src/charts/munford-2017-adjustment.ts: step ${r.step} (data/munford-2017-adjustment.csv) has a difference of ${r.difference} outside its 95% CI ${r.ci_low} to ${r.ci_high}`,
      );
  const names = all.map(adjustmentStepName);
  return {
    id: "munford-2017-adjustment",
    title: "Taking account of long-term conditions more than halved the quality-of-life gap linked with joining community groups",
    subtitle:
      "Difference in EQ-5D-5L score, older people who took part in community assets vs those who did not, with 95% CIs, as adjustments are added. Cross-sectional study, Munford et al. (2017)",
    alt: `Dot chart: the difference shrank from ${est(all[0]!.difference)} unadjusted to ${est(last.difference)} after all adjustments.`,
    description:
      `Each dot is the published difference in quality-of-life score (EQ-5D-5L) between older people who took part in community assets and those who did not, with a line for its 95% confidence interval. ` +
      all.map((r) => `${adjustmentStepName(r)}: ${adjustmentStepText(r)}`).join(" ") +
      ` This is a cross-sectional study, so it says nothing about which came first.`,
    notes: [
      "Differences and confidence intervals as printed in the abstract of Munford et al. (2017). The share of the unadjusted difference left after each step is calculated by this site from the printed differences; no interval is calculated for it.",
      "Each step keeps the adjustments before it. A cross-sectional study of older people in the community, not of social prescribing; not the target study.",
      "After both adjustments, the abstract reports that the reductions in healthcare usage and costs linked with participation were not statistically significant.",
    ],
    datasets: ["munford-2017-adjustment"],
    sources,
    table: {
      caption: "Difference in EQ-5D-5L score at each adjustment step",
      columns: [
        { key: "name", label: "Adjustment step", format: "text" },
        { key: "difference", label: "Difference (points)", format: "decimal", decimals: MUNFORD_2017_DECIMALS },
        { key: "ci_low", label: "95% CI, lower", format: "decimal", decimals: MUNFORD_2017_DECIMALS },
        { key: "ci_high", label: "95% CI, upper", format: "decimal", decimals: MUNFORD_2017_DECIMALS },
        {
          key: "share_left",
          label: "Share of unadjusted difference left",
          format: "percent",
          calculated: true,
          method: ADJUSTMENT_METHODS.share_left,
        },
      ],
      rows: rows.map((r) => ({
        name: adjustmentStepName(r),
        difference: r.difference,
        ci_low: r.ci_low,
        ci_high: r.ci_high,
        share_left: r.share_left,
      })),
    },
    pointMark: "mark-primary",
    plot: ({ width, narrow, document }) =>
      Plot.plot({
        document,
        width,
        height: 90 * all.length + 50,
        marginLeft: 12,
        marginRight: 30,
        marginTop: 10,
        marginBottom: 40,
        style: { fontSize: `${FONT_SIZE}px` },
        x: {
          domain,
          nice: true,
          label: "Difference in EQ-5D-5L score (points)",
          labelAnchor: "left",
          labelArrow: "none",
          ticks: narrow ? 3 : 6,
        },
        y: { axis: null, domain: names, padding: 0.5 },
        marks: [
          Plot.ruleX([0], { className: "mark-reference", stroke: palette.reference }),
          Plot.text(all, {
            x: domain[0],
            y: adjustmentStepName,
            text: adjustmentStepName,
            textAnchor: "start",
            dy: -32,
            fontWeight: "bold",
            lineWidth: narrow ? 30 : 60,
          }),
          Plot.ruleY(rows, {
            y: adjustmentStepName,
            x1: "ci_low",
            x2: "ci_high",
            stroke: palette.primary,
            strokeWidth: 2.5,
            className: "mark-interval",
          }),
          Plot.dot(rows, { y: adjustmentStepName, x: "difference", r: 6, fill: palette.primary, className: "mark-primary" }),
          Plot.text(rows, {
            y: adjustmentStepName,
            x: "difference",
            text: (r: AdjustmentShareRow) =>
              r.step === 1 ? est(r.difference) : `${est(r.difference)} (${formatPercent(r.share_left)} left†)`,
            dy: -14,
          }),
        ],
      }),
  };
}
