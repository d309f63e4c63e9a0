import { formatDecimal, formatNumber, formatPercent, PRECISION } from "./format.ts";

/** How a table cell is written: as published text, a count, a calculated share, or an estimate with its printed decimals. */
export type CellFormat = "text" | "number" | "percent" | "decimal";

/** A table cell's value: text, a number, or missing (null). */
export type CellValue = string | number | null;

/**
 * A table cell as the page writes it ("1,449", "28%", "—" for a missing value). The one formatter
 * of the HTML table (ChartTable.astro) and the tooltip and screen-reader words (point-text.ts), so
 * the two never disagree.
 */
export function formatCell(value: CellValue, format: CellFormat, decimals = 0): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  if (format === "decimal") return formatDecimal(value, decimals);
  return format === "percent" ? formatPercent(value) : formatNumber(value);
}

/** Rounds half away from zero to `digits` decimals, as Intl.NumberFormat does for the page. */
function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
}

/**
 * A number at the precision the page shows it, unformatted (no separators, no % sign): what the
 * CSV download holds. 0.28253968… (shown as 28%) becomes 0.28; 1449 stays 1449.
 */
export function roundCell(value: number, format: CellFormat, decimals = 0): number {
  if (format === "decimal") return round(value, decimals);
  if (format === "percent") return round(value, PRECISION.percentDigits + 2);
  return Number.isInteger(value) ? value : round(value, PRECISION.decimalDigits);
}

/**
 * A table cell for the CSV download: text as it is, numbers by roundCell(), missing as empty. An
 * estimate keeps the decimals its source prints ("0.30", not "0.3"), as the table shows it.
 */
export function csvCellValue(value: CellValue | undefined, format: CellFormat, decimals = 0): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  return format === "decimal" ? roundCell(value, format, decimals).toFixed(decimals) : String(roundCell(value, format));
}
