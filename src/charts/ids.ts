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
  "participant-flow-shares",
  "answered-again",
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}
