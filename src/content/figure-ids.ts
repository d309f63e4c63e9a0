import { withoutCode } from "./check-components.ts";

const FIGURE = /<Figure\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')|<(AdjustmentSteps)\b/g;

/** Author components that draw one particular chart (in stages), by the chart id they draw. */
const CHART_COMPONENTS: Record<string, string> = { AdjustmentSteps: "munford-2017-adjustment" };

/**
 * The chart ids of the `<Figure id="…" />` elements in an MDX source, in page order, skipping
 * examples in code. The chart gallery uses them to say which article each chart belongs to, and an
 * article's link-preview card shows its first chart.
 */
export function figureIds(mdx: string): string[] {
  return [...withoutCode(mdx).matchAll(FIGURE)].map((m) => m[1] ?? m[2] ?? CHART_COMPONENTS[m[3] ?? ""] ?? "");
}
