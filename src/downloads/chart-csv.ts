import type { ChartTable, TableColumn } from "../charts/types.ts";
import { csvCellValue } from "../lib/cell-format.ts";

/** Quotes a cell when RFC 4180 requires it (comma, quote, line break) or a spreadsheet would trim it. */
function cell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The column heading: as on the page, plus what a bare number in the column means. */
export function csvHeading(column: TableColumn): string {
  const notes = [
    column.calculated ? "calculated" : undefined,
    column.format === "percent" ? "a share from 0 to 1, rounded as the page shows it" : undefined,
  ].filter(Boolean);
  return notes.length > 0 ? `${column.label} (${notes.join(", ")})` : column.label;
}

/**
 * Exactly the rows the chart plots, as CSV: one column per table column, numbers at the precision
 * the table shows (a share shown as 28% is 0.28; csvCellValue) but unformatted (no thousands
 * separators), empty cells for missing values. The JSON download holds the same rows at
 * full precision (chart-metadata.ts). Starts with a byte-order
 * mark so that Excel reads the en dashes in "6–9 months" as UTF-8; lines end in CRLF (RFC 4180).
 */
export function chartCsv(table: ChartTable): string {
  const lines = [
    table.columns.map((c) => cell(csvHeading(c))),
    ...table.rows.map((row) => table.columns.map((c) => cell(csvCellValue(row[c.key], c.format, c.decimals)))),
  ];
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}
