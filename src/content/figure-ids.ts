import { attribute, isJsxElement, parseMdx, walk } from "./mdx-tree.ts";

/** Author components that draw one particular chart (in stages), by the chart id they draw. */
const CHART_COMPONENTS: Record<string, string> = { AdjustmentSteps: "munford-2017-adjustment" };

/**
 * The chart ids of the `<Figure id="…" />` elements (and of components that draw one chart) in an
 * MDX source, in page order, read from a real MDX parse (so examples in code are skipped). The chart
 * gallery uses them to say which article each chart belongs to, and an article's link-preview card
 * shows its first chart.
 */
export function figureIds(mdx: string, file = "MDX source"): string[] {
  const ids: string[] = [];
  for (const node of walk(parseMdx(mdx, file))) {
    if (!isJsxElement(node)) continue;
    const staged = CHART_COMPONENTS[node.name ?? ""];
    if (staged) {
      ids.push(staged);
      continue;
    }
    if (node.name !== "Figure") continue;
    const id = attribute(node, "id");
    if (id && "text" in id) ids.push(id.text);
  }
  return ids;
}
