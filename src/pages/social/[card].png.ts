import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { CHART_IDS } from "../../charts/ids.ts";
import { svgToPng } from "../../lib/raster.ts";
import { socialCardSvg } from "../../social/card-svg.ts";
import { articleCard, chartCard, siteCard, type SocialCard } from "../../social/cards.ts";

/** Writes every link-preview card as a 1200×630 PNG at /social/<name>.png: the site, each chart, each article. */
export const getStaticPaths = (async () => {
  const articles = await getCollection("articles");
  const cards: SocialCard[] = [siteCard(), ...CHART_IDS.map(chartCard), ...articles.map(articleCard)];
  return cards.map((card) => ({ params: { card: card.name }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = ({ props }) =>
  new Response(svgToPng(socialCardSvg(props.card)).png, { headers: { "Content-Type": "image/png" } });
