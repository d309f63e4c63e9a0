/** Number and date formatting for every page and chart: one locale (en-GB) everywhere. */

/**
 * How many decimals the site shows: counts that are not whole to one decimal, shares as whole
 * percentages (the Ns do not support more). The CSV downloads round to the same precision
 * (cell-format.ts), so a spreadsheet never holds more digits than the page claims.
 */
export const PRECISION = { decimalDigits: 1, percentDigits: 0 } as const;

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: PRECISION.decimalDigits });
const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: PRECISION.percentDigits });

/** 1449 → "1,449"; 1.3 → "1.3". Whole numbers get thousands separators (STYLE §4). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? whole.format(value) : decimal.format(value);
}

/**
 * A published estimate with the decimals it was printed with: (0.3, 2) → "0.30", (-1.04, 2) →
 * "−1.04". CSV cells lose trailing zeros, so the chart or stat says how many decimals its source
 * prints; the minus sign is the typographic one, which screen readers read as "minus".
 */
export function formatDecimal(value: number, decimals: number): string {
  return new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(value)
    .replace("-", "−");
}

/** 0.2825… → "28%". Shares are rounded to whole percentages: the Ns do not support more. */
export function formatPercent(share: number): string {
  return percent.format(share);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-11-25" → "25 November 2026"; "2022-08" → "August 2022"; "2025" → "2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** 2300 → "3 KB": file sizes for link text, rounded up to whole kilobytes (never "0 KB"). */
export function formatBytes(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}
