import { getChart, type ChartId } from "../site/charts.ts";
import { figureIds } from "../content/figure-ids.ts";
import { SITE } from "../lib/site.ts";
import type { CardContent } from "./card-svg.ts";

/** A card to generate at /social/<name>.png, with the alt text its og:image:alt carries. */
export interface SocialCard extends CardContent {
  name: string;
  alt: string;
}

/** Site path of a card's PNG. */
export const cardPath = (card: SocialCard): string => `/social/${card.name}.png`;

const altFor = (title: string, chart?: { alt: string }) => (chart ? `${title}. ${chart.alt}` : title);

/** The card of every page that has none of its own: the site's promise and the pathway diagram. */
export function siteCard(): SocialCard {
  const chart = getChart("social-cure-pathway");
  return { name: "site", label: "", title: SITE.tagline, chart, alt: altFor(SITE.tagline, chart) };
}

/** A chart page's card: the chart under its message title. */
export function chartCard(id: ChartId): SocialCard {
  const chart = getChart(id);
  return { name: `chart-${id}`, label: "Chart", title: chart.title, chart, alt: altFor(chart.title, chart) };
}

/** An article's card: its title over its first chart, or the title alone if it has none. */
export function articleCard(article: { id: string; body?: string | undefined; data: { title: string } }): SocialCard {
  const [first] = figureIds(article.body ?? "");
  const chart = first === undefined ? undefined : getChart(first);
  const card: SocialCard = {
    name: `article-${article.id}`,
    label: "Article",
    title: article.data.title,
    alt: altFor(article.data.title, chart),
  };
  return chart ? { ...card, chart } : card;
}
