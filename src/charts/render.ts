import { parseHTML } from "linkedom";
import { escapeXml } from "../lib/xml.ts";
import { numberPoints } from "./point-index.ts";
import type { ChartModel } from "./types.ts";

/** Widths each chart is drawn at: one for phones, one for everything wider. */
export const LAYOUTS = { narrow: 340, wide: 640 } as const;

export interface RenderedChart {
  /** SVG markup, accessible on its own (role, title, description). */
  svg: string;
  width: number;
  height: number;
}

/**
 * Renders a chart to SVG markup at build time. Plot draws into a linkedom document; the result is
 * made accessible the way axe expects: the root <svg> is an image named by its <title> and
 * described by its <desc>, and Plot's labelled <g> elements become groups, because aria-label on a
 * plain <g> is a prohibited attribute.
 *
 * @param idPrefix makes ids unique when one page shows the same chart more than once
 */
export function renderChartSvg(model: ChartModel, narrow: boolean, idPrefix = model.id): RenderedChart {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const width = narrow ? LAYOUTS.narrow : LAYOUTS.wide;
  const element = model.plot({ width, narrow, document: document as unknown as Document });
  // Plot returns a <figure> when it adds a legend; our figures bring their own caption.
  const svg = element.tagName.toLowerCase() === "svg" ? element : element.querySelector("svg");
  if (!svg) throw new Error(`Chart "${model.id}" did not produce an <svg> element`);
  const suffix = narrow ? "narrow" : "wide";
  const titleId = `${idPrefix}-${suffix}-title`;
  const descId = `${idPrefix}-${suffix}-desc`;
  svg.removeAttribute("aria-label");
  svg.removeAttribute("aria-description");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", titleId);
  svg.setAttribute("aria-describedby", descId);
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  for (const group of svg.querySelectorAll("g[aria-label]")) group.setAttribute("role", "group");
  numberPoints(svg, model);
  const head = `<title id="${titleId}">${escapeXml(model.alt)}</title><desc id="${descId}">${escapeXml(model.description)}</desc>`;
  const markup = svg.outerHTML.replace(/^<svg([^>]*)>/, (open: string) => `${open}${head}`);
  return { svg: markup, width, height: Number(svg.getAttribute("height")) };
}
