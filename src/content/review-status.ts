/**
 * What happens when an article's "Next review due" date arrives. Decision (README, "Review
 * dates"): the build still succeeds, because blocking every deploy would also block urgent
 * corrections to other pages; instead the build log warns, naming the file, and the page itself
 * tells readers it is due for review until someone checks it and moves `nextReview` on.
 *
 * Dates are compared as calendar days in UTC, the zone YAML dates are read in.
 */

/** Where an article stands against its review date on a given day. */
export interface ReviewStatus {
  /** True from the `nextReview` day onwards. */
  due: boolean;
  /** Whole days since `nextReview`; 0 on the day itself, negative before it. */
  daysOverdue: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const utcDay = (d: Date) => Math.floor(d.getTime() / DAY_MS);

/** Review status of an article with `nextReview` on `today`. Pure, so tests pass any day. */
export function reviewStatus(nextReview: Date, today: Date): ReviewStatus {
  const daysOverdue = utcDay(today) - utcDay(nextReview);
  return { due: daysOverdue >= 0, daysOverdue };
}

/** The build-log line for an article due for review, or undefined when it is not due. */
export function reviewWarning(file: string, nextReview: Date, today: Date): string | undefined {
  const { due, daysOverdue } = reviewStatus(nextReview, today);
  if (!due) return undefined;
  const date = nextReview.toISOString().slice(0, 10);
  const when = daysOverdue === 0 ? "today" : `${daysOverdue} day${daysOverdue === 1 ? "" : "s"} ago`;
  return `${file}: review was due on ${date} (${when}). The page now shows a "due for review" notice. Check it against SOURCES.md, then update lastReviewed and nextReview.`;
}

/**
 * "Today" for review checks in this build: the real date, or REVIEW_TODAY=YYYY-MM-DD to preview
 * how the site will look on a later day (`REVIEW_TODAY=2027-06-01 npm run build`).
 */
export function buildToday(env: Record<string, string | undefined> = process.env): Date {
  const override = env["REVIEW_TODAY"];
  if (override === undefined || override === "") return new Date();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(override) || Number.isNaN(Date.parse(override))) {
    throw new Error(`REVIEW_TODAY: expected a date written YYYY-MM-DD, found ${JSON.stringify(override)}`);
  }
  return new Date(override);
}
