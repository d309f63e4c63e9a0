/** One plotted value and the words that name its table row in an error ("wave T2"). */
export interface DomainValue {
  row: string;
  value: number;
}

/**
 * Stops the build when a value falls outside the axis a chart draws it on, naming the chart, the
 * row and the axis. Domains come from the data (for example 0 to the count at entry); a value the
 * chart cannot show must never be clipped off the picture or drawn past the frame.
 *
 * @param axis what the axis runs over, for the message: "0 to the 630 people surveyed at entry"
 */
export function assertInDomain(chartId: string, values: readonly DomainValue[], [min, max]: readonly [number, number], axis: string): void {
  for (const { row, value } of values) {
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(`src/charts/${chartId}.ts: ${row} has ${value}, which the chart cannot show (its axis runs from ${axis})`);
    }
  }
}

/** One plotted category and the words that name its table row in an error. */
export interface CategoryValue {
  row: string;
  value: string;
}

/**
 * The same check for a categorical axis: stops the build when a row's category is not one the
 * axis draws (a point scale would otherwise drop the mark without a word).
 *
 * @param axis what the axis shows, for the message: "GRADE's four levels"
 */
export function assertInCategories(chartId: string, values: readonly CategoryValue[], categories: readonly string[], axis: string): void {
  for (const { row, value } of values) {
    if (!categories.includes(value)) {
      throw new Error(
        `src/charts/${chartId}.ts: ${row} has "${value}", which the chart cannot show (its axis shows ${axis}: ${categories.join(", ")})`,
      );
    }
  }
}
