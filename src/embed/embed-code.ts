import { escapeXml } from "../lib/xml.ts";

/** What the embed code for one chart needs. */
export interface EmbedCodeInput {
  /** Absolute URL of /embed/<id>/. */
  embedUrl: string;
  /** Absolute URL of the loader script, /embed.js. */
  loaderUrl: string;
  /** The chart's title; the iframe's accessible name is "Chart: <title>". */
  title: string;
  /** Height in pixels the iframe has before (or without) the loader; the frame scrolls if it needs more. */
  height: number;
}

/**
 * The HTML a newsroom pastes: an iframe that works on its own at a fixed height, then the small
 * loader script that resizes it to its content as the frame reports its height. Every value is
 * escaped, so a chart title with quotes cannot break out of its attribute.
 */
export function embedCode({ embedUrl, loaderUrl, title, height }: EmbedCodeInput): string {
  const iframe = `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(`Chart: ${title}`)}" width="100%" height="${Math.round(height)}" style="width:100%;max-width:100%;border:0" loading="lazy"></iframe>`;
  return `${iframe}\n<script src="${escapeXml(loaderUrl)}" async></script>`;
}

/**
 * A fixed height that shows a chart's embed page whole at a desktop width: the wide drawing plus
 * room for the title, description, source and notes. A guess by design; the loader corrects it.
 */
export function fixedEmbedHeight(wideChartHeight: number): number {
  return Math.ceil((wideChartHeight + 520) / 10) * 10;
}
