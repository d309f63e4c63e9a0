import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { lightColour } from "./tokens.ts";

/**
 * The font chart and social-card PNGs are drawn with: DejaVu Sans, shipped by the npm package
 * dejavu-fonts-ttf (no system font is read, so a PNG comes out the same on every machine). The
 * SVGs ask for "system-ui, sans-serif"; resvg is told that sans-serif, and any family it lacks,
 * is this one. Regular, bold and the obliques cover the weights and styles the charts use.
 */
export const RASTER_FONT = "DejaVu Sans";

const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");

/** The font files resvg loads, from the package. */
export const RASTER_FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"].map(
  (file) => join(fontDir, file),
);

const fontOptions = { loadSystemFonts: false, fontFiles: RASTER_FONT_FILES, defaultFontFamily: RASTER_FONT, sansSerifFamily: RASTER_FONT };

/** A rasterised image: PNG bytes and the pixel size they hold. */
export interface Raster {
  /** Backed by a plain ArrayBuffer, as a Response body must be. */
  png: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

/**
 * Draws SVG markup as a PNG at build time with resvg (no browser), on a white background so text
 * drawn in `currentColor` stays readable wherever the image is placed.
 *
 * @param zoom 2 for slides and print (a 640-px-wide chart becomes 1,280 px)
 */
export function svgToPng(svg: string, zoom = 1): Raster {
  const image = new Resvg(svg, { font: fontOptions, fitTo: { mode: "zoom", value: zoom }, background: lightColour("bg") }).render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}
