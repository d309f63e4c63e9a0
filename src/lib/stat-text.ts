import type { Stat } from "../analysis/stats.ts";
import { formatDecimal, formatNumber, formatPercent } from "./format.ts";

/**
 * The words `<Stat>` shows for a stat: qualifier, formatted value, unit ("more than 3,300 link workers").
 * One module, so the page and the reading-level test read the same words.
 */
export function statText(stat: Stat): string {
  const value =
    stat.format === "text"
      ? stat.value
      : stat.format === "decimal"
        ? formatDecimal(stat.value, stat.decimals)
        : stat.format === "percent"
          ? formatPercent(stat.value)
          : formatNumber(stat.value);
  return [stat.qualifier, value, stat.unit].filter(Boolean).join(" ");
}
