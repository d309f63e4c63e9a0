import { formatDecimal, formatNumber, formatPercent } from "../lib/format.ts";
import type { CellFormat, ChartModel } from "./types.ts";

/** One row of a chart's table in words: what a tooltip shows and a screen reader hears. */
export interface ChartPoint {
  /** The row's name: the first column, e.g. "Wave: T1". */
  label: string;
  /** The other columns, one "Heading: value" line each; calculated columns say so. */
  lines: string[];
}

/** A table cell as the HTML table writes it, so a tooltip never disagrees with the table. */
export function formatCell(value: string | number | null, format: CellFormat, decimals = 0): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  if (format === "decimal") return formatDecimal(value, decimals);
  return format === "percent" ? formatPercent(value) : formatNumber(value);
}

/**
 * The chart's table rows in words, in row order (the order of the data-index numbers that
 * point-index.ts writes into the SVG). Built at build time and shipped as a JSON data island, so
 * the browser needs no chart code and no copy of the numbers beyond what the table already holds.
 */
export function chartPoints(model: Pick<ChartModel, "table">): ChartPoint[] {
  const [head, ...rest] = model.table.columns;
  if (!head) return [];
  return model.table.rows.map((row) => ({
    label: `${head.label}: ${formatCell(row[head.key] ?? null, head.format, head.decimals)}`,
    lines: rest.map((c) => `${c.label}${c.calculated ? " (calculated)" : ""}: ${formatCell(row[c.key] ?? null, c.format, c.decimals)}`),
  }));
}
