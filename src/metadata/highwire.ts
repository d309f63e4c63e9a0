import { JHP_2022 } from "../citation/papers.ts";
import type { ArticleReference } from "../citation/reference.ts";
import { SITE } from "../lib/site.ts";

/** A <meta name content> pair. */
export type MetaTag = [name: string, content: string];

/** What an article page says about itself. */
export interface HighwireArticle {
  title: string;
  url: string;
  published: Date;
}

/** "2026/11/25": the date form the Highwire tags use. */
const slashDate = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, "/");

/** A paper in the `citation_reference` form: `citation_title=…; citation_author=…; …`. */
export function citationReference(ref: ArticleReference): string {
  const parts: [string, string | undefined][] = [
    ["citation_title", ref.title],
    ...ref.authors.map((a): [string, string] => ["citation_author", `${a.family}, ${a.initials}`]),
    ["citation_journal_title", ref.journal],
    ["citation_publication_date", String(ref.year)],
    ["citation_volume", ref.volume],
    ["citation_issue", ref.issue],
    ...(ref.pages
      ? ([
          ["citation_firstpage", ref.pages.first],
          ["citation_lastpage", ref.pages.last],
        ] as [string, string][])
      : []),
    ["citation_doi", ref.doi],
  ];
  return parts
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${v.replace(/;/g, ",")}`)
    .join("; ");
}

/**
 * Highwire Press `citation_*` tags (read by Google Scholar and reference managers) for an article
 * page. They describe the page as this site's work, not as the paper, and point at the paper
 * through `citation_reference`: copying the paper's own tags would make indexes mistake the
 * explainer for the study.
 */
export function highwireTags(article: HighwireArticle): MetaTag[] {
  return [
    ["citation_title", article.title],
    ["citation_author", SITE.name],
    ["citation_publisher", SITE.name],
    ["citation_publication_date", slashDate(article.published)],
    ["citation_language", "en"],
    ["citation_fulltext_html_url", article.url],
    ["citation_reference", citationReference(JHP_2022)],
  ];
}
