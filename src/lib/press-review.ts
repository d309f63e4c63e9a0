/**
 * Review dates of the claims ledger on /press/. The ledger is checked against SOURCES.md like an
 * article (README, "Review dates"): when it is, move both dates on.
 */
export const PRESS_LEDGER_REVIEW = {
  /** When the verdicts were last checked against the sources. */
  lastReviewed: new Date("2026-12-01"),
  /** When they are next due to be checked. */
  nextReview: new Date("2027-06-01"),
};
