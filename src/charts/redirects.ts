/**
 * Chart ids that were renamed: old id → current id. Permalinks and embed codes already published
 * keep working: /charts/<old>/ and /embed/<old>/ become redirect pages (meta refresh, canonical
 * link, a visible link) to the current id. Add an entry whenever an id in ids.ts changes; never
 * remove one.
 */
export const CHART_REDIRECTS: Readonly<Record<string, string>> = {
  // Retired 2026-12: the shares are a view of the counts chart (its counts/shares switch), not a chart of their own.
  "participant-flow-shares": "participant-flow",
};

/** One redirect page to generate. */
export interface ChartRedirect {
  from: string;
  to: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the redirect map against the current chart ids and lists the redirect pages to build. A
 * mistake stops the build with what is wrong: an old id that is still in use (its page would be
 * replaced) or a target that is not a current id (the redirect would lead nowhere).
 */
export function chartRedirects(
  redirects: Readonly<Record<string, string>>,
  ids: readonly string[],
  file = "src/charts/redirects.ts",
): ChartRedirect[] {
  return Object.entries(redirects).map(([from, to]) => {
    if (!SLUG.test(from)) throw new Error(`${file}: old chart id "${from}" is not a slug (expected lower-case words joined by hyphens)`);
    if (ids.includes(from))
      throw new Error(`${file}: "${from}" is still a chart id in src/charts/ids.ts (expected only ids that no longer exist)`);
    if (!ids.includes(to))
      throw new Error(`${file}: "${from}" redirects to "${to}", which is not a chart id (expected one of: ${ids.join(", ")})`);
    return { from, to };
  });
}
