import { DataError } from "../data/errors.ts";

/**
 * The one row of `rows` whose `key` is `value`, for a stat or chart that cannot be drawn without it.
 * A missing row stops the build naming the file and the row expected: a default (0, an empty
 * label) would publish a wrong number that looks right.
 *
 * @param file the table's path, e.g. "data/interview-sample.csv", for the message
 * @param needs who needs the row, e.g. `the "interviews.providers.n" stat`
 */
export function requireRow<R, K extends keyof R>(rows: readonly R[], file: string, key: K, value: R[K], needs: string): R {
  const row = rows.find((r) => r[key] === value);
  if (!row) throw new DataError(file, `expected a row with ${String(key)} = "${String(value)}" (needed by ${needs}), found none`);
  return row;
}
