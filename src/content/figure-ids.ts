import { withoutCode } from "./check-components.ts";

const FIGURE = /<Figure\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The chart ids of the `<Figure id="…" />` elements in an MDX source, in page order, skipping
 * examples in code. The chart gallery uses them to say which article each chart belongs to, and an
 * article's link-preview card shows its first chart.
 */
export function figureIds(mdx: string): string[] {
  return [...withoutCode(mdx).matchAll(FIGURE)].map((m) => m[1] ?? m[2] ?? "");
}
