import * as Plot from "@observablehq/plot";
import { RETENTION_METHODS, type RetentionRow } from "../analysis/retention.ts";
import { isCalculated } from "../analysis/calculated.ts";
import { formatNumber, formatPercent } from "../lib/format.ts";
import { assertInDomain } from "./domain.ts";
import { palette } from "./palette.ts";
import { waveFrame, waveName, type ParticipantFlowInput } from "./participant-flow.ts";
import type { ChartModel } from "./types.ts";

/**
 * The participant-flow chart's shares view (not a chart of its own; its old id redirects to
 * participant-flow). "Who answered at each wave" as shares: one bar per wave, the share of entrants surveyed at that
 * wave, calculated from the published counts and labelled so. The same waves, sizes and layout as
 * the counts chart (participant-flow.ts), so a reader can switch between the two in place.
 */
export function participantFlowSharesChart({ retention, sources }: ParticipantFlowInput): ChartModel {
  if (!isCalculated(retention, "share_of_entry")) throw new Error("participantFlowSharesChart expects the output of retentionByWave()");
  const rows = retention.objects() as RetentionRow[];
  const [entry, ...later] = rows;
  if (!entry || later.length === 0) throw new Error("participantFlowSharesChart expects a T0 row and at least one later wave");
  // The title states a message; stop the build rather than publish it once the data say otherwise.
  const majority = later.find((r) => r.share_of_entry >= 0.5);
  if (majority)
    throw new Error(
      `participantFlowSharesChart: its title says later waves reached a minority of entrants, but ${majority.wave} reached ${formatPercent(majority.share_of_entry)}`,
    );
  const label = (row: RetentionRow) => formatPercent(row.share_of_entry);
  // The bars run from 0 to entry's own share (all of the entrants), as the counts chart runs to the count at entry.
  const domain = [0, entry.share_of_entry] as const;
  assertInDomain(
    "participant-flow-shares",
    rows.map((r) => ({ row: `wave ${r.wave} (data/participant-flow.csv)`, value: r.share_of_entry })),
    domain,
    "0 to all the people surveyed at entry",
  );
  return {
    id: "participant-flow",
    title: "Each later wave surveyed a minority of the people who started",
    subtitle:
      "Share of the people surveyed at entry who were surveyed at each wave, calculated from the published counts (Wakefield et al., 2022)",
    alt: `Bar chart of calculated shares of entrants surveyed: ${rows.map((r) => `${label(r)} at ${r.wave}`).join(", ")}.`,
    description:
      `Horizontal bars show, for each wave, the share of the ${formatNumber(entry.n)} people surveyed at entry who were surveyed at that wave. ` +
      rows.map((r) => `${waveName(r)}: ${label(r)} (${formatNumber(r.n)} people).`).join(" ") +
      ` The shares are calculated by this site from the published counts; the source prints counts only.`,
    notes: [
      "Shares are calculated from the published counts and rounded to whole percentages; the source prints the counts only.",
      "Each wave is compared with entry. Whether the people surveyed at T2 were among those surveyed at T1 is not published, so no T1-to-T2 rate is shown.",
    ],
    datasets: ["participant-flow"],
    sources,
    table: {
      caption: "Share of entrants surveyed at each wave",
      columns: [
        { key: "wave", label: "Wave", format: "text" },
        { key: "timing", label: "When", format: "text" },
        {
          key: "share_of_entry",
          label: "Share of entrants",
          format: "percent",
          calculated: true,
          method: RETENTION_METHODS.share_of_entry,
        },
        { key: "n", label: "People surveyed", format: "number" },
        { key: "not_surveyed", label: "Entrants not surveyed", format: "number", calculated: true, method: RETENTION_METHODS.not_surveyed },
      ],
      rows: rows.map(({ wave, timing, n, share_of_entry, not_surveyed }) => ({ wave, timing, share_of_entry, n, not_surveyed })),
    },
    pointMark: "mark-primary",
    plot: ({ width, narrow, document }) =>
      Plot.plot({
        document,
        width,
        ...waveFrame(rows, narrow, domain),
        marks: [
          Plot.barX(rows, { y: waveName, x: "share_of_entry", fill: palette.primary, className: "mark-primary" }),
          // A label that would run off a narrow chart sits inside its bar instead.
          Plot.text(rows, {
            filter: (r: RetentionRow) => !(narrow && r.share_of_entry > 0.6),
            y: waveName,
            x: "share_of_entry",
            text: label,
            textAnchor: "start",
            dx: 6,
            fontWeight: "bold",
          }),
          Plot.text(rows, {
            filter: (r: RetentionRow) => narrow && r.share_of_entry > 0.6,
            y: waveName,
            x: "share_of_entry",
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
