import { DOMParser } from "linkedom";
import { renderChartSvg } from "../charts/render.ts";
import type { ChartModel } from "../charts/types.ts";
import { SITE } from "../lib/site.ts";
import { lightColour } from "../lib/tokens.ts";
import { wrapText } from "../lib/wrap-text.ts";
import { escapeXml } from "../lib/xml.ts";

/** Colours of the light scheme (read from styles/tokens.css), since a downloaded file has no page CSS. */
export const INK = lightColour("text");
export const MUTED = lightColour("text-muted");
export const PAPER = lightColour("bg");
const PAD = 20;

/** A text block: wrapped lines at one size, stacked from `y`. */
function textBlock(lines: string[], y: number, size: number, attributes = ""): { markup: string; bottom: number } {
  const lineHeight = Math.round(size * 1.3);
  const markup = lines
    .map((line, i) => `<text x="${PAD}" y="${y + size + i * lineHeight}" font-size="${size}"${attributes}>${escapeXml(line)}</text>`)
    .join("");
  return { markup, bottom: y + lines.length * lineHeight };
}

/**
 * The chart's wide SVG made fit to travel inside another SVG: Plot's page stylesheet is removed
 * (its `height: auto` would stretch a nested <svg> in browsers) and the element is placed at `x`,
 * `y`, drawn `scale` times its size (its viewBox keeps the drawing in proportion).
 */
export function nestedChartSvg(model: ChartModel, x: number, y: number, scale = 1): { markup: string; width: number; height: number } {
  const rendered = renderChartSvg(model, false, `${model.id}-file`);
  const svg = new DOMParser().parseFromString(rendered.svg, "image/svg+xml").documentElement;
  const width = Math.round(rendered.width * scale);
  const height = Math.round(rendered.height * scale);
  svg.querySelector("style")?.remove();
  svg.removeAttribute("class");
  for (const [name, value] of Object.entries({ x, y, width, height })) svg.setAttribute(name, String(value));
  return { markup: svg.toString(), width, height };
}

/**
 * The downloadable SVG: title, subtitle, the wide chart, then source, licence and address, so the
 * picture carries its credit wherever it goes (as Our World in Data's and Datawrapper's downloads
 * do). Black on white without page CSS: text is drawn in the root's `color`.
 *
 * @param url the chart's permalink, printed in the footer
 */
export function standaloneChartSvg(model: ChartModel, url: string): { svg: string; width: number; height: number } {
  const chartWidth = 640;
  const width = chartWidth + 2 * PAD;
  const title = textBlock(wrapText(model.title, 52), PAD, 20, ' font-weight="bold"');
  const subtitle = textBlock(wrapText(model.subtitle, 76), title.bottom + 4, 15, ` fill="${MUTED}"`);
  const chart = nestedChartSvg(model, PAD, subtitle.bottom + 12);
  const sources = `${model.sources.length > 1 ? "Sources" : "Source"}: ${model.sources.map((s) => s.title).join("; ")}.`;
  const credit = `Chart: ${SITE.name}, ${SITE.licence.text.name}. ${url}`;
  const footer = textBlock(
    [...wrapText(sources, 96), ...wrapText(credit, 96)],
    subtitle.bottom + 12 + chart.height + 12,
    12,
    ` fill="${MUTED}"`,
  );
  const height = footer.bottom + PAD;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${model.id}-file-heading" color="${INK}" fill="${INK}" font-family="system-ui, sans-serif">`,
    `<title id="${model.id}-file-heading">${escapeXml(model.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
    title.markup,
    subtitle.markup,
    chart.markup,
    footer.markup,
    "</svg>\n",
  ].join("");
  return { svg, width, height };
}
