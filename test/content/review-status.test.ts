import { describe, expect, it } from "vitest";
import { buildToday, reviewStatus, reviewWarning } from "../../src/content/review-status.ts";

const nextReview = new Date("2027-05-25");

describe("reviewStatus", () => {
  it("is not due before the review date", () => {
    expect(reviewStatus(nextReview, new Date("2027-05-24T23:59:00Z"))).toEqual({ due: false, daysOverdue: -1 });
  });

  it("is due on the review date and after it", () => {
    expect(reviewStatus(nextReview, new Date("2027-05-25T00:00:00Z"))).toEqual({ due: true, daysOverdue: 0 });
    expect(reviewStatus(nextReview, new Date("2027-06-04T12:00:00Z"))).toEqual({ due: true, daysOverdue: 10 });
  });
});

describe("reviewWarning", () => {
  it("names the file and the date when a review is due", () => {
    expect(reviewWarning("content/articles/a.mdx", nextReview, new Date("2027-05-26"))).toBe(
      'content/articles/a.mdx: review was due on 2027-05-25 (1 day ago). The page now shows a "due for review" notice. Check it against SOURCES.md, then update lastReviewed and nextReview.',
    );
    expect(reviewWarning("content/articles/a.mdx", nextReview, nextReview)).toMatch(/due on 2027-05-25 \(today\)/);
  });

  it("says nothing before the review date", () => {
    expect(reviewWarning("content/articles/a.mdx", nextReview, new Date("2026-11-25"))).toBeUndefined();
  });
});

describe("buildToday", () => {
  it("uses REVIEW_TODAY when set, so a later day can be previewed", () => {
    expect(buildToday({ REVIEW_TODAY: "2027-06-01" }).toISOString()).toBe("2027-06-01T00:00:00.000Z");
  });

  it("rejects a REVIEW_TODAY that is not a date", () => {
    expect(() => buildToday({ REVIEW_TODAY: "1 June 2027" })).toThrow(
      'REVIEW_TODAY: expected a date written YYYY-MM-DD, found "1 June 2027"',
    );
  });
});
