import { figureIds } from "./figure-ids.ts";

/** An article as the chart pages need it: where it lives and what it is called. */
export interface ArticleRef {
  id: string;
  title: string;
}

/**
 * Which articles show each chart, in the order given: the gallery and each chart's page say
 * where a chart belongs. Charts no article uses are absent from the map.
 */
export function chartUsage(articles: { id: string; body?: string | undefined; data: { title: string } }[]): Map<string, ArticleRef[]> {
  const usage = new Map<string, ArticleRef[]>();
  for (const article of articles) {
    for (const id of new Set(figureIds(article.body ?? ""))) {
      usage.set(id, [...(usage.get(id) ?? []), { id: article.id, title: article.data.title }]);
    }
  }
  return usage;
}
