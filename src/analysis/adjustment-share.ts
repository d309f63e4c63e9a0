import type { ColumnTable } from "arquero";
import { markCalculated } from "./calculated.ts";

/** How the calculated column is worked out, in words for chart pages and downloads. */
export const ADJUSTMENT_METHODS = {
  share_left: "The difference after this step divided by the unadjusted difference (step 1), both as published.",
} as const;

/** One row of shareOfUnadjusted()'s output: a published step plus the calculated share. */
export interface AdjustmentShareRow {
  step: number;
  adjustment: string;
  difference: number;
  ci_low: number;
  ci_high: number;
  source_id: string;
  share_left: number;
}

/**
 * Adds, for each adjustment step of a published estimate, how much of the unadjusted difference
 * is left (1 = all of it). Munford et al. (2017) print the estimate at each step but not this
 * share, so it is calculated and flagged: it shows how far confounding can shrink a group–health
 * link. Only point estimates are divided; no interval is derived for the share.
 *
 * @param steps rows of data/munford-2017-adjustment.csv, one per step, step 1 unadjusted
 */
export function shareOfUnadjusted(steps: ColumnTable): ColumnTable {
  const ordered = steps.orderby("step");
  const unadjusted = ordered.get("difference", 0) as number | undefined;
  if (ordered.get("step", 0) !== 1 || typeof unadjusted !== "number" || unadjusted === 0) {
    throw new Error("shareOfUnadjusted: expected a step 1 (unadjusted) row with a non-zero difference");
  }
  const result = ordered.params({ unadjusted }).derive({
    share_left: (d: { difference: number }, $: { unadjusted: number }) => d.difference / $.unadjusted,
  });
  return markCalculated(result, ["share_left"]);
}
