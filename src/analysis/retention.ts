import type { ColumnTable } from "arquero";
import { markCalculated } from "./calculated.ts";

/** How each calculated column is worked out, in words for chart pages and downloads. */
export const RETENTION_METHODS = {
  share_of_entry: "People surveyed at the wave divided by people surveyed at entry (T0).",
  not_surveyed: "People surveyed at entry (T0) minus people surveyed at the wave.",
} as const;

/** One row of retentionByWave()'s output: a wave as published, plus the calculated columns. */
export interface RetentionRow {
  wave: string;
  label: string;
  timing: string;
  n: number;
  share_of_entry: number;
  not_surveyed: number;
}

/** Columns this transform adds; both are calculated, not published. */
export const RETENTION_COLUMNS = ["share_of_entry", "not_surveyed"] as const;

/**
 * Adds, for each wave, the share of the people surveyed at entry (T0) who were surveyed at that
 * wave, and how many entrants were not. Every wave is compared with entry, never with the wave
 * before: whether the T2 respondents are a subset of the T1 respondents is not published, so a
 * T1→T2 "retention" rate would claim more than the sources say.
 *
 * @param flow rows of data/participant-flow.csv (wave, n, …), one per wave
 */
export function retentionByWave(flow: ColumnTable): ColumnTable {
  const ordered = flow.orderby("wave");
  const entry = ordered.get("n", 0) as number | undefined;
  if (typeof entry !== "number" || ordered.get("wave", 0) !== "T0") {
    throw new Error("retentionByWave: expected a T0 (pathway entry) row with a count n");
  }
  const result = ordered.params({ entry }).derive({
    share_of_entry: (d: { n: number }, $: { entry: number }) => d.n / $.entry,
    not_surveyed: (d: { n: number }, $: { entry: number }) => $.entry - d.n,
  });
  return markCalculated(result, [...RETENTION_COLUMNS]);
}
