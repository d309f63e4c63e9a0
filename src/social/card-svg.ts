import type { ChartModel } from "../charts/types.ts";
import { INK, MUTED, nestedChartSvg, PAPER } from "../downloads/chart-svg.ts";
import { SITE } from "../lib/site.ts";
import { lightColour } from "../lib/tokens.ts";
import { wrapText } from "../lib/wrap-text.ts";
import { escapeXml } from "../lib/xml.ts";

/** The size Facebook, LinkedIn and X use for large link previews. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const MARGIN = 60;
const ACCENT = lightColour("accent");

/** What a link-preview card shows. */
export interface CardContent {
  /** What kind of page it is, beside the site name, e.g. "Chart" or "For clinicians". */
  label: string;
  /** The page's message title. */
  title: string;
  /** The chart to draw below the title; text-only cards leave more room for the title. */
  chart?: ChartModel;
}

/**
 * A 1200×630 link-preview card as SVG: the site's name, the page's title and, when there is one,
 * the chart itself scaled to fit below, so a shared link shows the finding rather than a logo.
 * A card without a chart ends with the site's tagline.
 */
export function socialCardSvg({ label, title, chart }: CardContent): string {
  const { width, height } = CARD_SIZE;
  const size = chart ? 44 : 60;
  const lines = wrapText(title, chart ? 42 : 30, chart ? 3 : 4);
  const lineHeight = Math.round(size * 1.2);
  const titleTop = 110 + size;
  const heading = lines
    .map(
      (line, i) => `<text x="${MARGIN}" y="${titleTop + i * lineHeight}" font-size="${size}" font-weight="bold">${escapeXml(line)}</text>`,
    )
    .join("");
  let picture = `<text x="${MARGIN}" y="${height - 50}" font-size="28" fill="${MUTED}">${escapeXml(SITE.tagline)}</text>`;
  if (chart) {
    const top = titleTop + (lines.length - 1) * lineHeight + 40;
    const box = { width: width - 2 * MARGIN, height: height - top - 30 };
    const natural = nestedChartSvg(chart, 0, 0);
    const scale = Math.min(box.width / natural.width, box.height / natural.height);
    const x = Math.round(MARGIN + (box.width - natural.width * scale) / 2);
    picture = nestedChartSvg(chart, x, top, scale).markup;
  }
  const site = `<text x="${MARGIN}" y="82" font-size="30" font-weight="bold" fill="${ACCENT}">${escapeXml(SITE.name)}</text>`;
  const kind = label
    ? `<text x="${width - MARGIN}" y="82" font-size="26" text-anchor="end" fill="${MUTED}">${escapeXml(label)}</text>`
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${INK}" fill="${INK}" font-family="system-ui, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
    `<rect width="${width}" height="12" fill="${ACCENT}"/>`,
    site,
    kind,
    heading,
    picture,
    "</svg>",
  ].join("");
}
