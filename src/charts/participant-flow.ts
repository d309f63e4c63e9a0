import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import { RETENTION_METHODS, type RetentionRow } from "../analysis/retention.ts";
import type { Source } from "../data/index.ts";
import { isCalculated } from "../analysis/calculated.ts";
import { formatNumber, formatPercent } from "../lib/format.ts";
import { assertInDomain } from "./domain.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

/** Inputs: the output of retentionByWave() and the sources of data/participant-flow.csv. */
export interface ParticipantFlowInput {
  retention: ColumnTable;
  sources: Source[];
}

/** A wave's name on the chart: "T1: about 4 months later". */
export const waveName = (row: RetentionRow) => `${row.wave}: ${row.timing}`;

/**
 * The frame both views of the counts/shares switch share (size, margins, one row per wave), so that
 * switching between them moves no bar.
 */
export function waveFrame(rows: RetentionRow[], narrow: boolean, domain: readonly [number, number]) {
  return {
    height: narrow ? 210 : 180,
    marginLeft: narrow ? 10 : 200,
    marginRight: narrow ? 10 : 110,
    marginTop: narrow ? 30 : 10,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { axis: null, domain },
    y: {
      axis: narrow ? null : ("left" as const),
      label: null,
      domain: rows.map(waveName),
      tickFormat: (d: string) => d,
      padding: narrow ? 0.55 : 0.3,
    },
  };
}

/**
 * "Who answered at each wave": one bar per survey wave, counts as published, each labelled with
 * its count and its share of entrants (calculated). Bars are compared with entry only.
 */
export function participantFlowChart({ retention, sources }: ParticipantFlowInput): ChartModel {
  if (!isCalculated(retention, "share_of_entry")) throw new Error("participantFlowChart expects the output of retentionByWave()");
  const rows = retention.objects() as RetentionRow[];
  const [entry, ...later] = rows;
  if (!entry || later.length === 0) throw new Error("participantFlowChart expects a T0 row and at least one later wave");
  const last = later[later.length - 1]!;
  // The bars run from 0 to the count at entry, the number every wave is compared with.
  const domain = [0, entry.n] as const;
  assertInDomain(
    "participant-flow",
    rows.map((r) => ({ row: `wave ${r.wave} (data/participant-flow.csv)`, value: r.n })),
    domain,
    `0 to the ${formatNumber(entry.n)} people surveyed at entry`,
  );
  const label = (row: RetentionRow) => `${formatNumber(row.n)} (${formatPercent(row.share_of_entry)})`;
  return {
    id: "participant-flow",
    title: `Most people who started did not answer the later surveys`,
    subtitle: `People surveyed at each wave of the social prescribing study (Wakefield et al., 2022)`,
    alt: `Bar chart: ${formatNumber(entry.n)} surveyed at entry, ${later.map((r) => `${formatNumber(r.n)} at ${r.wave}`).join(", ")}.`,
    description:
      `Horizontal bars show how many people answered the survey at each wave. ` +
      rows
        .map(
          (r) => `${waveName(r)}: ${formatNumber(r.n)} people (${formatPercent(r.share_of_entry)} of those surveyed at entry, calculated).`,
        )
        .join(" ") +
      ` By the last wave, ${formatNumber(last.not_surveyed)} of the ${formatNumber(entry.n)} people surveyed at entry were not surveyed.`,
    notes: [
      "Counts are as published in the abstract. Percentages of entrants are calculated from the published numbers, rounded to whole numbers.",
      "Each wave is compared with entry. Whether the people surveyed at T2 were among those surveyed at T1 is not published, so no T1-to-T2 rate is shown.",
    ],
    datasets: ["participant-flow"],
    sources,
    table: {
      caption: "People surveyed at each wave",
      columns: [
        { key: "wave", label: "Wave", format: "text" },
        { key: "timing", label: "When", format: "text" },
        { key: "n", label: "People surveyed", format: "number" },
        {
          key: "share_of_entry",
          label: "Share of entrants",
          format: "percent",
          calculated: true,
          method: RETENTION_METHODS.share_of_entry,
        },
        {
          key: "not_surveyed",
          label: "Entrants not surveyed",
          format: "number",
          calculated: true,
          method: RETENTION_METHODS.not_surveyed,
        },
      ],
      rows: rows.map(({ wave, timing, n, share_of_entry, not_surveyed }) => ({ wave, timing, n, share_of_entry, not_surveyed })),
    },
    pointMark: "mark-primary",
    plot: ({ width, narrow, document }) =>
      Plot.plot({
        document,
        width,
        ...waveFrame(rows, narrow, domain),
        marks: [
          Plot.barX(rows, { y: waveName, x: "n", fill: palette.primary, className: "mark-primary" }),
          // A label that would run off a narrow chart sits inside its bar instead.
          Plot.text(rows, {
            filter: (r: RetentionRow) => !(narrow && r.n / entry.n > 0.6),
            y: waveName,
            x: "n",
            text: label,
            textAnchor: "start",
            dx: 6,
            fontWeight: "bold",
          }),
          Plot.text(rows, {
            filter: (r: RetentionRow) => narrow && r.n / entry.n > 0.6,
            y: waveName,
            x: "n",
            text: label,
            textAnchor: "end",
            dx: -6,
            fontWeight: "bold",
            fill: palette.onPrimary,
            className: "mark-on-primary",
          }),
          ...(narrow ? [Plot.text(rows, { y: waveName, x: 0, text: waveName, textAnchor: "start", dx: 4, dy: -24 })] : []),
          Plot.ruleX([0]),
        ],
      }),
  };
}
