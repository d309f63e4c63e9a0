import type { ClaimStatus } from "../data/index.ts";

/**
 * What each status in data/press-claims.csv means, in the words of SOURCES.md's status key, for
 * the claims ledger on /press/. Every status has words, so the ledger never relies on colour.
 */
export const CLAIM_STATUS: Record<ClaimStatus, { label: string; meaning: string }> = {
  supported: { label: "Supported", meaning: "A published abstract says this." },
  "supported-direction": { label: "Supported (direction only)", meaning: "An abstract states it, without numbers." },
  partly: { label: "Partly supported", meaning: "Part is supported; part goes beyond the published sources." },
  "partly-secondary": { label: "Partly supported (secondary source)", meaning: "Only a secondary source, such as a review, supports part of it." },
  "not-verifiable": { label: "Not verifiable", meaning: "It cannot be checked against the published abstracts." },
  opinion: { label: "Opinion", meaning: "A view or recommendation, not a study result." },
};
