import { lightColour } from "../lib/tokens.ts";

/**
 * Okabe–Ito colours (safe for the common forms of colour blindness), read from the light scheme of
 * src/styles/tokens.css: the fills written into the SVG so a downloaded chart looks right on its
 * own; the site's CSS overrides them per scheme through each mark's class name (see
 * styles/charts.css).
 */
export const palette = {
  /** Published counts. */
  primary: lightColour("chart-primary"),
  /** Reference lines such as targets. */
  reference: lightColour("chart-reference"),
  /** Box fill behind diagram labels. */
  box: lightColour("chart-box"),
  /** Text drawn on a primary bar. */
  onPrimary: lightColour("chart-on-primary"),
} as const;

/** Base text size for every chart, large enough to read when a narrow chart is scaled down. */
export const FONT_SIZE = 14;
