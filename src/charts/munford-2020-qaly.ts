import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import type { Munford2020QalyRow, Source } from "../data/index.ts";
import { formatDecimal } from "../lib/format.ts";
import { assertInDomain } from "./domain.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

/** The abstract prints QALY gains and their limits to 3 decimals. */
export const QALY_DECIMALS = 3;

/** Inputs: rows of data/munford-2020-qaly.csv and its sources. */
export interface Munford2020QalyInput {
  qaly: ColumnTable;
  sources: Source[];
}

const q = (v: number) => formatDecimal(v, QALY_DECIMALS);

/**
 * "Did the gain linked with joining community groups grow or fade?": Munford et al. (2020)'s QALY
 * gain on starting to participate in community assets, with its 95% CI, at each published
 * follow-up. An observational cohort: the chart says "linked with", and shows the intervals so the
 * widening uncertainty is as visible as the estimate.
 */
export function munford2020QalyChart({ qaly, sources }: Munford2020QalyInput): ChartModel {
  const rows = (qaly.objects() as Munford2020QalyRow[]).sort((a, b) => a.months - b.months);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || rows.length < 2) throw new Error("munford2020QalyChart expects at least two follow-ups");
  if (!(last.qaly_gain > first.qaly_gain))
    throw new Error("munford2020QalyChart: its title says the gain grew with follow-up, but the data say otherwise");
  const when = (r: Munford2020QalyRow) => `${r.months} months`;
  // Zero (no gain) is always on the axis, as the reference the gains are read from; the rest
  // comes from the intervals, so a lower limit below zero is drawn, not cut off.
  const domain: [number, number] = [Math.min(0, ...rows.map((r) => r.ci_low)), Math.max(0, ...rows.map((r) => r.ci_high))];
  assertInDomain(
    "munford-2020-qaly",
    rows.flatMap((r) => {
      const row = `${r.months} months (data/munford-2020-qaly.csv)`;
      return [
        { row: `${row}, qaly_gain`, value: r.qaly_gain },
        { row: `${row}, ci_low`, value: r.ci_low },
        { row: `${row}, ci_high`, value: r.ci_high },
      ];
    }),
    domain,
    `${q(domain[0])} to ${q(domain[1])}: zero and every follow-up's 95% CI`,
  );
  for (const r of rows)
    if (!(r.ci_low <= r.qaly_gain && r.qaly_gain <= r.ci_high))
      throw new Error(
        `src/charts/munford-2020-qaly.ts: ${r.months} months (data/munford-2020-qaly.csv) has a QALY gain of ${r.qaly_gain} outside its 95% CI ${r.ci_low} to ${r.ci_high}`,
      );
  // The alt text says where the intervals lie; it is read from the data, not assumed.
  const intervals = rows.every((r) => r.ci_low > 0) ? "all CIs above zero" : "not all CIs above zero";
  return {
    id: "munford-2020-qaly",
    title: `Starting to join community groups was linked with a QALY gain that grew up to ${when(last)}, with wide uncertainty`,
    subtitle:
      "Quality-adjusted life years (QALYs) gained on starting to participate in community assets, with 95% CIs, by follow-up. Observational cohort of older people with long-term conditions in England, Munford et al. (2020)",
    alt: `Dot chart: QALY gain ${q(first.qaly_gain)} at ${when(first)} rising to ${q(last.qaly_gain)} at ${when(last)}, ${intervals}.`,
    description:
      `Each dot is the published QALY gain linked with starting to participate in community assets, with a line for its 95% confidence interval. ` +
      rows.map((r) => `At ${when(r)}: ${q(r.qaly_gain)} QALYs (95% CI ${q(r.ci_low)} to ${q(r.ci_high)}).`).join(" ") +
      ` The intervals widen with time. This is an observational cohort study, so the gains are associations, not proof that joining groups caused them.`,
    notes: [
      "Gains and confidence intervals as printed in the abstract of Munford et al. (2020), estimated with double-robust methods in a cohort linked to care records.",
      "Participation in community groups, not referral by a link worker; older people with long-term conditions, not the target study's patients. The abstract also reports care costs, with a confidence interval that crosses zero.",
    ],
    datasets: ["munford-2020-qaly"],
    sources,
    table: {
      caption: "QALY gain on starting to participate in community assets, by follow-up",
      columns: [
        { key: "when", label: "Follow-up", format: "text" },
        { key: "qaly_gain", label: "QALY gain", format: "decimal", decimals: QALY_DECIMALS },
        { key: "ci_low", label: "95% CI, lower", format: "decimal", decimals: QALY_DECIMALS },
        { key: "ci_high", label: "95% CI, upper", format: "decimal", decimals: QALY_DECIMALS },
      ],
      rows: rows.map((r) => ({ when: when(r), qaly_gain: r.qaly_gain, ci_low: r.ci_low, ci_high: r.ci_high })),
    },
    pointMark: "mark-primary",
    plot: ({ width, narrow, document }) =>
      Plot.plot({
        document,
        width,
        height: narrow ? 300 : 320,
        marginLeft: 50,
        marginRight: narrow ? 20 : 40,
        marginTop: 24,
        marginBottom: 44,
        style: { fontSize: `${FONT_SIZE}px` },
        x: {
          type: "point",
          domain: rows.map(when),
          label: "Months after starting to participate",
          labelAnchor: "left",
          labelArrow: "none",
          padding: 0.5,
        },
        y: { domain, nice: true, label: "QALY gain", labelArrow: "none", grid: true, ticks: 5 },
        marks: [
          Plot.ruleY([0], { stroke: palette.reference, className: "mark-reference" }),
          Plot.ruleX(rows, { x: when, y1: "ci_low", y2: "ci_high", stroke: palette.primary, strokeWidth: 2.5, className: "mark-interval" }),
          Plot.dot(rows, { x: when, y: "qaly_gain", r: 6, fill: palette.primary, className: "mark-primary" }),
          Plot.text(rows, {
            x: when,
            y: "qaly_gain",
            text: (r: Munford2020QalyRow) => q(r.qaly_gain),
            textAnchor: "start",
            dx: 10,
            fontWeight: "bold",
          }),
        ],
      }),
  };
}
