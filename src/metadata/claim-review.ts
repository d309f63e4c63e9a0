import type { PressClaimRow } from "../data/index.ts";
import { CLAIM_STATUS } from "../lib/claim-status.ts";
import { SITE } from "../lib/site.ts";

/** What a ClaimReview needs besides the claim: where the claim appeared and who reviewed it. */
export interface ClaimReviewContext {
  /** The claim's row on the page (its #claim-N anchor, absolute). */
  url: (id: number) => string;
  /** The press release the claims are quoted from. */
  release: { title: string; url: string; date: string; author: string };
  /** When the ledger was last checked. */
  reviewed: Date;
  homeUrl: string;
}

/**
 * One schema.org ClaimReview per claim of the ledger (https://schema.org/ClaimReview): the claim
 * verbatim, the verdict's name as the rating's alternateName (the verdicts are words, not a
 * scale, so no ratingValue), the release as where the claim appeared and this site as author.
 */
export function claimReviewJsonLd(rows: PressClaimRow[], ctx: ClaimReviewContext): Record<string, unknown>[] {
  const site = { "@type": "Organization", name: SITE.name, url: ctx.homeUrl };
  return rows.map((row) => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: ctx.url(row.id),
    claimReviewed: row.claim,
    datePublished: ctx.reviewed.toISOString().slice(0, 10),
    author: site,
    reviewRating: {
      "@type": "Rating",
      alternateName: CLAIM_STATUS[row.status].label,
      ratingExplanation: row.verdict,
    },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Organization", name: ctx.release.author },
      datePublished: ctx.release.date,
      appearance: { "@type": "CreativeWork", headline: ctx.release.title, url: ctx.release.url, datePublished: ctx.release.date },
    },
  }));
}
