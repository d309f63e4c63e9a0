/**
 * Every chart id the site publishes. Ids are stable slugs: they appear in permalinks, embed codes
 * and MDX, so never rename one without keeping a redirect. Kept apart from the chart modules so
 * the MDX check (src/content/check-components.ts) can read it without loading Plot.
 */
export const CHART_IDS = [
  "participant-flow",
  "social-cure-pathway",
  "interview-sample",
  "link-workers-england",
  "answered-again",
  "kiely-grade-profile",
  "groups4health-within-arm",
  "munford-2017-adjustment",
  "munford-2020-qaly",
  "steffens-2016-icons",
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}
