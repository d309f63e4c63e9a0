import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import type { Source } from "../data/index.ts";
import { formatNumber } from "../lib/format.ts";
import { assertInDomain } from "./domain.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

interface SampleRow {
  group: string;
  role: string;
  n: number;
}

/** Inputs: rows of data/interview-sample.csv and its sources. */
export interface InterviewSampleInput {
  sample: ColumnTable;
  sources: Source[];
}

/**
 * Who was interviewed in the companion study's Study 1, by role, with counts as printed.
 */
export function interviewSampleChart({ sample, sources }: InterviewSampleInput): ChartModel {
  const rows = sample.objects() as SampleRow[];
  // Bars run from 0 to the largest group, as Plot would pick; a negative count could not be drawn as a bar.
  const domain = [0, Math.max(0, ...rows.map((r) => r.n))] as const;
  assertInDomain(
    "interview-sample",
    rows.map((r) => ({ row: `group ${r.group} (data/interview-sample.csv)`, value: r.n })),
    domain,
    `0 to the largest group, ${formatNumber(domain[1])}`,
  );
  const listing = rows.map((r) => `${formatNumber(r.n)} ${r.role.toLowerCase()}`).join(", ");
  return {
    id: "interview-sample",
    title: "The companion study also heard from patients, GPs, health coaches and link workers",
    subtitle: "People interviewed in Study 1 of Kellezi et al. (2019), by role",
    alt: `Bar chart of interviewees by role: ${listing}.`,
    description: `Horizontal bars show how many people of each role were interviewed in Study 1 of the BMJ Open companion paper: ${listing}. These interviewees are not the people who answered the survey.`,
    notes: [
      "These are the people interviewed in Study 1, not the survey participants. Counts as printed in Table 1 of the BMJ Open paper.",
    ],
    datasets: ["interview-sample"],
    sources,
    table: {
      caption: "People interviewed in Study 1, by role",
      columns: [
        { key: "role", label: "Role", format: "text" },
        { key: "n", label: "People interviewed", format: "number" },
      ],
      rows: rows.map(({ role, n }) => ({ role, n })),
    },
    pointMark: "mark-primary",
    plot: ({ width, narrow, document }) =>
      Plot.plot({
        document,
        width,
        height: narrow ? 250 : 190,
        marginLeft: narrow ? 10 : 210,
        marginRight: 40,
        marginTop: narrow ? 30 : 10,
        style: { fontSize: `${FONT_SIZE}px` },
        x: { axis: null, domain },
        y: { axis: narrow ? null : "left", label: null, domain: rows.map((r) => r.role), padding: narrow ? 0.55 : 0.3 },
        marks: [
          Plot.barX(rows, {
            y: "role",
            x: "n",
            fill: palette.primary,
            className: "mark-primary",
          }),
          Plot.text(rows, { y: "role", x: "n", text: (r: SampleRow) => formatNumber(r.n), textAnchor: "start", dx: 6, fontWeight: "bold" }),
          ...(narrow ? [Plot.text(rows, { y: "role", x: 0, text: "role", textAnchor: "start", dx: 4, dy: -24 })] : []),
          Plot.ruleX([0]),
        ],
      }),
  };
}
