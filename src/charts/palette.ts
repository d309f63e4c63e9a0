/**
 * Okabe–Ito colours (safe for the common forms of colour blindness). These are the light-scheme
 * fills written into the SVG so a downloaded chart looks right on its own; the site's CSS
 * overrides them per scheme through each mark's class name (see styles/charts.css).
 */
export const palette = {
  /** Published counts. */
  primary: "#0072B2",
  /** Reference lines such as targets. */
  reference: "#555555",
  /** Box fill behind diagram labels. */
  box: "#E8F1F8",
} as const;

/** Base text size for every chart, large enough to read when a narrow chart is scaled down. */
export const FONT_SIZE = 14;
