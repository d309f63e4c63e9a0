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
  /** Colours: light (the default, no parameter), dark, or auto (the reader's system setting). */
  theme?: EmbedTheme;
}

/** The colour schemes an embed offers; the first is the default. */
export const EMBED_THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/**
 * The HTML a newsroom pastes: an iframe that works on its own at a fixed height, then the small
 * loader script that resizes it to its content as the frame reports its height. Every value is
 * escaped, so a chart title with quotes cannot break out of its attribute.
 */
export function embedCode({ embedUrl, loaderUrl, title, height, theme = "light" }: EmbedCodeInput): string {
  const src = theme === "light" ? embedUrl : `${embedUrl}?theme=${theme}`;
  const iframe = `<iframe src="${escapeXml(src)}" title="${escapeXml(`Chart: ${title}`)}" width="100%" height="${Math.round(height)}" style="width:100%;max-width:100%;border:0" loading="lazy"></iframe>`;
  return `${iframe}\n<script src="${escapeXml(loaderUrl)}" async></script>`;
}

/**
 * A fixed height that shows a chart's compact embed page whole at a desktop width: the wide
 * drawing plus room for the title, the source line and the "About this chart" control. A guess by
 * design; the loader corrects it, and opening the control makes the frame scroll without it.
 */
export function fixedEmbedHeight(wideChartHeight: number): number {
  return Math.ceil((wideChartHeight + 200) / 10) * 10;
}
