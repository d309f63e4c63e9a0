import { op, type ColumnTable } from "arquero";

/** Where on a time axis to put a figure whose source dates it only to a year or a month. */
export function datePosition(date: string): Date {
  const [year = NaN, month, day] = date.split("-").map(Number);
  if (month === undefined) return new Date(Date.UTC(year, 6, 1)); // year only: mid-year
  if (day === undefined) return new Date(Date.UTC(year, month - 1, 15)); // month only: mid-month
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The England link-worker headcounts over time, in date order, with a `when` column for the time
 * axis. Full-time equivalents and targets are left out: they count different things.
 *
 * @param context rows of data/england-context.csv
 */
export function linkWorkerSeries(context: ColumnTable): ColumnTable {
  const series = context.filter((d) => d.unit === "link workers" && !op.startswith(d.id, "target_", 0));
  const when = (series.array("date") as string[]).map(datePosition);
  return series.assign({ when }).orderby("when");
}
