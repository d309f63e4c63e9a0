import type { ColumnTable } from "arquero";
import { markCalculated } from "./calculated.ts";
import { naturalFrequency } from "./natural-frequency.ts";

/** How the calculated column is worked out, in words for chart pages and downloads. */
export const RISK_PER_HUNDRED_METHODS = {
  per_100: "The published percentage risk written as people out of 100 (a natural frequency), rounded to a whole person.",
} as const;

/** One row of riskPerHundred()'s output: a published risk plus its natural frequency. */
export interface RiskPerHundredRow {
  groups_kept: number;
  label: string;
  risk_percent: number;
  years: number;
  source_id: string;
  per_100: number;
}

/**
 * Adds each published percentage risk as a natural frequency out of 100 people ("12 in 100"),
 * the form risk-communication guidance recommends and that an icon array of 100 draws. One
 * denominator for every group so that they compare at a glance. Calculated, and flagged so.
 *
 * @param risks rows of data/steffens-2016-risk.csv (risk_percent per group)
 */
export function riskPerHundred(risks: ColumnTable): ColumnTable {
  const percents = risks.array("risk_percent") as number[];
  const counts = percents.map((p) => naturalFrequency(p / 100, 100).count);
  const result = risks.assign({ per_100: counts });
  return markCalculated(result, ["per_100"]);
}
