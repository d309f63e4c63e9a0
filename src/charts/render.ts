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
 * Moves Plot's `font-variant` attribute (on axis label groups) into a style declaration: it is a
 * presentation attribute in SVG files, but not allowed on SVG elements inside HTML, which strict
 * checkers (the Nu validator) reject. The CSS property draws the same.
 */
function fontVariantToCss(svg: Element): void {
  for (const element of svg.querySelectorAll("[font-variant]")) {
    const style = element.getAttribute("style");
    element.setAttribute(
      "style",
      `${style ? `${style.replace(/;?\s*$/, "")}; ` : ""}font-variant: ${element.getAttribute("font-variant")}`,
    );
    element.removeAttribute("font-variant");
  }
}

/**
 * Renders a chart to SVG markup at build time. Plot draws into a linkedom document; the result is
 * made accessible the way axe expects: the root <svg> is named by its <title> and described by
 * its <desc>, its points (if it has a point mark) are named images, and Plot's labelled <g>
 * elements become groups, because aria-label on a plain <g> is a prohibited attribute.
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
  // A chart with points exposes them (point-index.ts), so it is a graphics document; one without
  // is a single image named by its title.
  svg.setAttribute("role", model.pointMark ? "graphics-document" : "img");
  svg.setAttribute("aria-labelledby", titleId);
  svg.setAttribute("aria-describedby", descId);
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  for (const group of svg.querySelectorAll("g[aria-label]")) group.setAttribute("role", "group");
  numberPoints(svg, model);
  fontVariantToCss(svg);
  const head = `<title id="${titleId}">${escapeXml(model.alt)}</title><desc id="${descId}">${escapeXml(model.description)}</desc>`;
  const markup = svg.outerHTML.replace(/^<svg([^>]*)>/, (open: string) => `${open}${head}`);
  return { svg: markup, width, height: Number(svg.getAttribute("height")) };
}
