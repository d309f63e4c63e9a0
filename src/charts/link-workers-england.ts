import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import { datePosition } from "../analysis/link-worker-series.ts";
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
  /** The target as data/england-context.csv holds it: drawn as a point at its own date. */
  target: { id: string; value: number; qualifier: string | null; period: string; date: string };
  sources: Source[];
}

/** Qualifiers that make a published figure a lower bound ("more than 3,300"): drawn as ▲, not ●. */
const LOWER_BOUND = new Set(["more than", "at least", "over"]);
/** Step the y axis is rounded up to, and the headroom left above the largest value for its label. */
const Y_STEP = 1000;
const Y_HEADROOM = 1.15;
/** Share of the time axis at its right end where a label ends at its dot instead of centring on it. */
const RIGHT_EDGE_SHARE = 0.2;

const withQualifier = (qualifier: string | null, value: number) => `${qualifier ? `${qualifier} ` : ""}${formatNumber(value)}`;
const isLowerBound = (qualifier: string | null) => qualifier !== null && LOWER_BOUND.has(qualifier);
/** "end of 2020/21" → "at the end of 2020/21"; "August 2022" → "in August 2022"; "by …" stays. */
const periodPhrase = (period: string) => (/^end of /.test(period) ? `at the ${period}` : /^by /.test(period) ? period : `in ${period}`);
const utcYear = (year: number) => new Date(Date.UTC(year, 0, 1));

/**
 * The axes, from the data: years from one before the earliest date (room for the first label) to
 * the start of the year after the latest; counts from 0 to the largest value or target plus
 * headroom, rounded up to a whole thousand. A value the axes cannot show stops the build.
 */
export function linkWorkerDomains(rows: CountRow[], target: LinkWorkersInput["target"]): { x: [Date, Date]; y: [number, number] } {
  const targetWhen = datePosition(target.date);
  for (const [id, value, when] of [...rows.map((r) => [r.id, r.value, r.when] as const), [target.id, target.value, targetWhen] as const]) {
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`link-workers-england: row "${id}" has value ${value}; expected a count ≥ 0 the y axis can show`);
    if (!(when instanceof Date) || Number.isNaN(when.getTime()))
      throw new Error(`link-workers-england: row "${id}" has a date the time axis cannot place`);
  }
  if (rows.length === 0) throw new Error("link-workers-england: expected at least one link-worker count to draw");
  const years = [...rows.map((r) => r.when), targetWhen].map((d) => d.getUTCFullYear());
  const top = Math.max(target.value, ...rows.map((r) => r.value));
  return {
    x: [utcYear(Math.min(...years) - 1), utcYear(Math.max(...years) + 1)],
    y: [0, Math.max(Y_STEP, Math.ceil((top * Y_HEADROOM) / Y_STEP) * Y_STEP)],
  };
}

/**
 * Link-worker counts in England from several sources, each point dated and labelled with its
 * source's wording. Points are not joined by a line: the counts come from different sources and
 * definitions, so a line would suggest a series that does not exist. The NHS target is a point at
 * its own date (it was a goal for one date, not a level across years), and a figure published as
 * "more than" is drawn as ▲, a lower bound.
 */
export function linkWorkersEnglandChart({ series, target, sources }: LinkWorkersInput): ChartModel {
  const rows = series.objects() as CountRow[];
  const sourceTitle = (id: string) => sources.find((s) => s.id === id)?.title ?? id;
  const pointText = (r: CountRow) => withQualifier(r.qualifier, r.value) + (isLowerBound(r.qualifier) ? " (lower bound)" : "");
  const domains = linkWorkerDomains(rows, target);
  const [x0, x1] = domains.x;
  const lateCutoff = x1.getTime() - (x1.getTime() - x0.getTime()) * RIGHT_EDGE_SHARE;
  const targetRow = { when: datePosition(target.date), value: target.value };
  const targetText = `Target: ${withQualifier(target.qualifier, target.value)} additional, ${target.period}`;
  const hasLowerBound = rows.some((r) => isLowerBound(r.qualifier));
  return {
    id: "link-workers-england",
    title: "The number of link workers in England has grown since the NHS set its target",
    subtitle: "Social prescribing link workers reported in England, by date and source. Context only, not a result of the study",
    alt: `Dot chart of link workers in England: ${rows.map((r) => `${withQualifier(r.qualifier, r.value)} ${periodPhrase(r.period)}`).join(", ")}.`,
    description:
      `Dots show link-worker counts reported for England at different dates: ` +
      rows.map((r) => `${pointText(r)} ${periodPhrase(r.period)}, from ${sourceTitle(r.source_id)}`).join("; ") +
      `. An open circle marks the NHS Long Term Plan target of ${withQualifier(target.qualifier, target.value)} additional link workers ${target.period}, at that date. ` +
      (hasLowerBound ? "A triangle marks a figure published as a lower bound (“more than”): the true count is higher. " : "") +
      "The counts come from different sources and definitions.",
    notes: [
      "The counts come from different sources and may count link workers differently; they are not one consistent series.",
      "The target counts additional link workers; the dots count all link workers reported.",
      ...(hasLowerBound ? ["▲ A figure published as “more than”: a lower bound, drawn at the published number."] : []),
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
        x: { type: "utc", label: null, domain: domains.x, ticks: narrow ? 3 : 6 },
        y: { label: "Link workers", domain: domains.y, grid: true, ticks: 4, tickFormat: (d: number) => formatNumber(d) },
        marks: [
          Plot.dot([targetRow], {
            x: "when",
            y: "value",
            r: 6,
            stroke: palette.reference,
            strokeWidth: 2,
            fill: "none",
            className: "mark-reference",
          }),
          Plot.text([targetRow], {
            x: "when",
            y: "value",
            text: () => (narrow ? `Target: ${withQualifier(target.qualifier, target.value)} additional` : targetText),
            textAnchor: "start",
            lineAnchor: "top",
            dx: -6,
            dy: 12,
          }),
          Plot.dot(rows, {
            x: "when",
            y: "value",
            r: 6,
            symbol: (r: CountRow) => (isLowerBound(r.qualifier) ? "triangle" : "circle"),
            fill: palette.primary,
            className: "mark-primary",
          }),
          // Labels near the right edge end at their dot so they stay inside the chart.
          ...(["middle", "end"] as const).map((anchor) =>
            Plot.text(rows, {
              filter: (r: CountRow) => r.when.getTime() > lateCutoff === (anchor === "end"),
              x: "when",
              y: "value",
              text: (r: CountRow) => `${withQualifier(r.qualifier, r.value)}${isLowerBound(r.qualifier) ? " ▲" : ""}\n${r.period}`,
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
