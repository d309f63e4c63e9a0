import * as Plot from "@observablehq/plot";
import { isCalculated } from "../analysis/calculated.ts";
import { naturalFrequency } from "../analysis/natural-frequency.ts";
import { RETENTION_METHODS, type RetentionRow } from "../analysis/retention.ts";
import { formatNumber } from "../lib/format.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ParticipantFlowInput } from "./participant-flow.ts";
import type { ChartModel } from "./types.ts";

/** People drawn per row: shares are written "about 3 in 10" on patient pages (natural-frequency.ts). */
const PER_ROW = 10;

/** One icon of the array: which later survey, which of the 10, and whether that person answered. */
interface Icon {
  row: string;
  place: number;
  answered: boolean;
}

/**
 * "Out of every 10 people who started, how many answered again?" for patient pages: one row of 10
 * people per later survey, the ones who answered filled in. It says the same as the stats
 * flow.t1.inTen and flow.t2.inTen, in pictures, with plain labels (no wave codes) and no
 * statistics notes. Counts are calculated from the published numbers and rounded to the nearest
 * whole person in 10, as the text beside it says.
 */
export function answeredAgainChart({ retention, sources }: ParticipantFlowInput): ChartModel {
  if (!isCalculated(retention, "share_of_entry")) throw new Error("answeredAgainChart expects the output of retentionByWave()");
  const [entry, ...later] = retention.objects() as RetentionRow[];
  if (!entry || later.length === 0) throw new Error("answeredAgainChart expects a pathway-entry row and at least one later survey");
  const rows = later.map((r) => {
    const f = naturalFrequency(r.share_of_entry, PER_ROW);
    return { when: r.label, timing: r.timing, in_ten: f.count, phrase: `${f.exact ? "" : "about "}${f.count} in ${PER_ROW}`, n: r.n };
  });
  // The title states a message; stop the build rather than publish it once the data say otherwise.
  const most = rows.find((r) => r.in_ten > PER_ROW / 2);
  if (most)
    throw new Error(`answeredAgainChart: its title says most people did not answer again, but ${most.phrase} answered ${most.timing}`);
  const icons: Icon[] = rows.flatMap((r) =>
    Array.from({ length: PER_ROW }, (_, i) => ({ row: r.when, place: i + 1, answered: i < r.in_ten })),
  );
  return {
    id: "answered-again",
    title: "Most people did not answer the later surveys",
    subtitle: `Out of every ${PER_ROW} people who filled in the first survey, how many answered again (calculated from the published numbers)`,
    alt: `Rows of ${PER_ROW} people: ${rows.map((r) => `${r.phrase} answered ${r.timing}`).join("; ")}.`.slice(0, 125),
    description:
      `${formatNumber(entry.n)} people filled in the first survey ${entry.timing}. Each row shows ${PER_ROW} of them, with the people who answered again filled in. ` +
      rows.map((r) => `${r.timing[0]?.toUpperCase()}${r.timing.slice(1)}: ${r.phrase} answered (${formatNumber(r.n)} people).`).join(" ") +
      " This site worked these out from the published numbers and rounded them to the nearest whole person.",
    notes: [
      `Worked out by this site from the published numbers of people who answered, and rounded to the nearest whole person in ${PER_ROW}.`,
    ],
    datasets: ["participant-flow"],
    sources,
    table: {
      caption: `Out of every ${PER_ROW} people who started, how many answered again`,
      columns: [
        { key: "when", label: "Survey", format: "text" },
        {
          key: "in_ten",
          label: `Answered, out of every ${PER_ROW} who started`,
          format: "number",
          calculated: true,
          method: `${RETENTION_METHODS.share_of_entry} Then multiplied by ${PER_ROW} and rounded to a whole number.`,
        },
        { key: "n", label: "People who answered", format: "number" },
      ],
      rows: rows.map(({ when, in_ten, n }) => ({ when, in_ten, n })),
    },
    plot: ({ width, narrow, document }) =>
      Plot.plot({
        document,
        width,
        height: narrow ? 70 + 62 * rows.length : 40 + 50 * rows.length,
        marginLeft: narrow ? 14 : 150,
        marginRight: 14,
        marginTop: narrow ? 30 : 10,
        style: { fontSize: `${FONT_SIZE}px` },
        x: { axis: null, domain: Array.from({ length: PER_ROW }, (_, i) => i + 1), padding: 0.2 },
        y: { axis: narrow ? null : "left", label: null, domain: rows.map((r) => r.when), padding: narrow ? 0.5 : 0.3 },
        marks: [
          // Filled: answered again. Outlined: did not. Fill and outline differ, so colour is not needed to tell them apart.
          Plot.dot(icons, {
            filter: (d: Icon) => d.answered,
            x: "place",
            y: "row",
            r: narrow ? 10 : 12,
            fill: palette.primary,
            className: "mark-primary",
          }),
          Plot.dot(icons, {
            filter: (d: Icon) => !d.answered,
            x: "place",
            y: "row",
            r: narrow ? 9 : 11,
            fill: "none",
            stroke: palette.primary,
            strokeWidth: 2,
            className: "mark-outline",
          }),
          ...(narrow
            ? [Plot.text(rows, { x: 1, y: "when", text: (r: (typeof rows)[number]) => r.when, textAnchor: "start", dx: -10, dy: -26 })]
            : []),
        ],
      }),
  };
}
