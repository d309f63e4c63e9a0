import { formatCell } from "../lib/cell-format.ts";
import type { ChartModel } from "./types.ts";

/** One row of a chart's table in words: what a tooltip shows and a screen reader hears. */
export interface ChartPoint {
  /** The row's name: the first column, e.g. "Wave: T1". */
  label: string;
  /** The other columns, one "Heading: value" line each; calculated columns say so. */
  lines: string[];
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
