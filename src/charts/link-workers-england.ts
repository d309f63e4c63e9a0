import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import type { Source } from "../data/index.ts";
import { formatNumber } from "../lib/format.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

interface CountRow {
  id: string;
  measure: string;
  value: number;
  qualifier: string | null;
  period: string;
  date: string;
  source_id: string;
  when: Date;
}

/** Inputs: linkWorkerSeries() output, the Long Term Plan target row, and the resource's sources. */
export interface LinkWorkersInput {
  series: ColumnTable;
  target: { value: number; qualifier: string | null; period: string };
  sources: Source[];
}

const withQualifier = (qualifier: string | null, value: number) => `${qualifier ? `${qualifier} ` : ""}${formatNumber(value)}`;

/**
 * Link-worker counts in England from several sources, each point dated and labelled with its
 * source's wording. Points are not joined by a line: the counts come from different sources and
 * definitions, so a line would suggest a series that does not exist.
 */
export function linkWorkersEnglandChart({ series, target, sources }: LinkWorkersInput): ChartModel {
  const rows = series.objects() as CountRow[];
  const sourceTitle = (id: string) => sources.find((s) => s.id === id)?.title ?? id;
  const pointText = (r: CountRow) => withQualifier(r.qualifier, r.value);
  // The last year or so of the axis: labels there would run past the right edge if centred.
  const lateCutoff = Date.UTC(2024, 6, 1);
  const targetText = `Target: ${withQualifier(target.qualifier, target.value)} additional, ${target.period}`;
  return {
    id: "link-workers-england",
    title: "The number of link workers in England has grown since the NHS set its target",
    subtitle: "Social prescribing link workers reported in England, by date and source. Context only, not a result of the study",
    alt: `Dot chart of link workers in England: ${rows.map((r) => `${pointText(r)} (${r.period})`).join(", ")}.`,
    description:
      `Dots show link-worker counts reported for England at different dates: ` +
      rows.map((r) => `${pointText(r)} in ${r.period} (${sourceTitle(r.source_id)})`).join("; ") +
      `. A dashed line marks the NHS Long Term Plan target of ${withQualifier(target.qualifier, target.value)} additional link workers ${target.period}. The counts come from different sources and definitions.`,
    notes: [
      "The counts come from different sources and may count link workers differently; they are not one consistent series.",
      "The target counts additional link workers; the dots count all link workers reported.",
      "A figure dated only to a year is placed at mid-year.",
    ],
    datasets: ["england-context"],
    sources,
    table: {
      caption: "Link workers in England, by date and source",
      columns: [
        { key: "period", label: "When", format: "text" },
        { key: "count", label: "Link workers", format: "text" },
        { key: "measure", label: "What was counted", format: "text" },
        { key: "source", label: "Source", format: "text" },
      ],
      rows: rows.map((r) => ({ period: r.period, count: pointText(r), measure: r.measure, source: sourceTitle(r.source_id) })),
    },
    pointMark: "mark-primary",
    plot: ({ width, narrow, document }) =>
      Plot.plot({
        document,
        width,
        height: narrow ? 300 : 320,
        marginLeft: narrow ? 52 : 60,
        marginRight: 20,
        marginTop: 30,
        style: { fontSize: `${FONT_SIZE}px` },
        x: { type: "utc", label: null, domain: [new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2026, 0, 1))], ticks: narrow ? 3 : 6 },
        y: { label: "Link workers", domain: [0, 4000], grid: true, ticks: 4, tickFormat: (d: number) => formatNumber(d) },
        marks: [
          Plot.ruleY([target.value], { stroke: palette.reference, strokeDasharray: "6 4", strokeWidth: 1.5, className: "mark-reference" }),
          Plot.text([targetText], { x: new Date(Date.UTC(2020, 1, 1)), y: target.value, text: narrow ? () => `Target: ${formatNumber(target.value)}` : (d: string) => d, textAnchor: "start", dy: -10 }),
          Plot.dot(rows, { x: "when", y: "value", r: 6, fill: palette.primary, className: "mark-primary" }),
          // Labels near the right edge end at their dot so they stay inside the chart.
          ...(["middle", "end"] as const).map((anchor) =>
            Plot.text(rows, {
              filter: (r: CountRow) => (r.when.getTime() > lateCutoff) === (anchor === "end"),
              x: "when",
              y: "value",
              text: (r: CountRow) => `${pointText(r)}\n${r.period}`,
              lineAnchor: "bottom",
              dy: -10,
              dx: anchor === "end" ? 6 : 0,
              textAnchor: anchor,
              fontWeight: "bold",
            }),
          ),
          Plot.ruleY([0]),
        ],
      }),
  };
}
