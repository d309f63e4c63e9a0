import { getResource, siteData, type PressClaimRow } from "../../data/index.ts";

/**
 * The claims ledger's one read of data/ (kept in one place so the composition root in src/site/
 * can take it over): the rows of data/press-claims.csv, in the order of the release.
 */
export function pressClaims(): PressClaimRow[] {
  return getResource(siteData(), "press-claims").rows;
}
