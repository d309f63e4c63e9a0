import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, getChart, type ChartId } from "../../../site/charts.ts";
import { embedPagePath } from "../../../charts/paths.ts";
import { renderChartSvg } from "../../../charts/render.ts";
import { fixedEmbedHeight } from "../../../embed/embed-code.ts";
import { oembedResponse } from "../../../embed/oembed.ts";
import { absoluteUrl } from "../../../lib/absolute-url.ts";
import { SITE } from "../../../lib/site.ts";
import { CARD_SIZE } from "../../../social/card-svg.ts";
import { cardPath, chartCard } from "../../../social/cards.ts";

/**
 * /charts/<id>/oembed.json: a static oEmbed response per chart, found through the
 * <link rel="alternate" type="application/json+oembed"> on the chart's page (discovery; a static
 * site has no endpoint to pass ?url= to).
 */
export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { id }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: ChartId }> = ({ props, site }) => {
  const chart = getChart(props.id);
  const wide = renderChartSvg(chart, false);
  const body = oembedResponse({
    title: chart.title,
    embedUrl: absoluteUrl(embedPagePath(props.id), site),
    width: Math.round(wide.width),
    height: fixedEmbedHeight(wide.height),
    providerName: SITE.name,
    providerUrl: absoluteUrl("/", site),
    thumbnail: { url: absoluteUrl(cardPath(chartCard(props.id)), site), ...CARD_SIZE },
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
