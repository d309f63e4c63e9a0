import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { lightColour } from "./tokens.ts";

/**
 * Fonts to draw chart text with, first found wins. Liberation Sans comes with Debian's chromium
 * (which CI installs for the browser tests) and DejaVu Sans with fontconfig; no font is downloaded.
 */
const FONT_CHOICES = [
  { family: "Liberation Sans", file: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf" },
  { family: "DejaVu Sans", file: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" },
] as const;

/** The font family resvg is told to use for "sans-serif" and unnamed text. */
export const RASTER_FONT = FONT_CHOICES.find((f) => existsSync(f.file))?.family ?? "sans-serif";

const fontOptions = { loadSystemFonts: true, defaultFontFamily: RASTER_FONT, sansSerifFamily: RASTER_FONT };

let checked = false;

/**
 * Stops the build when the machine has no font resvg can use: the PNG would otherwise be written
 * with every label silently missing.
 */
function assertFontsAvailable(): void {
  if (checked) return;
  const probe = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="5" y="30" font-family="sans-serif">Ag</text></svg>', {
    font: fontOptions,
  });
  if (!probe.innerBBox()) {
    throw new Error(
      "No system font found to draw text in chart and social-card PNGs. Install one, e.g. `apt-get install -y fonts-dejavu-core` (Debian).",
    );
  }
  checked = true;
}

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
  assertFontsAvailable();
  const image = new Resvg(svg, { font: fontOptions, fitTo: { mode: "zoom", value: zoom }, background: lightColour("bg") }).render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}
