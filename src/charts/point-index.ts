import { chartPoints } from "./point-text.ts";
import type { ChartModel } from "./types.ts";

/**
 * Numbers and names the elements of a chart's point mark, so screen readers reach each point in
 * browse mode, with or without JavaScript, and the browser script can move focus among them (a
 * roving tabindex: src/client/chart-boot.ts) and highlight the one a reader is on, without drawing
 * anything itself. Each element gets `data-index="0"`, `"1"`, … in table row order, `role="img"`
 * and a name in the table's words; the other marks (axes, labels) are hidden from assistive
 * technology, since the points, the description and the table already say what they show.
 *
 * A mark that draws more or fewer elements than the table has rows (a filtered row, a missing
 * value) would point readers at the wrong numbers, so it stops the build instead.
 */
export function numberPoints(svg: Element, model: Pick<ChartModel, "id" | "pointMark" | "table">): void {
  if (!model.pointMark) return;
  const marks = svg.querySelectorAll(`g.${model.pointMark}`);
  if (marks.length !== 1) {
    throw new Error(`Chart "${model.id}": expected one mark with className "${model.pointMark}" (its pointMark), found ${marks.length}`);
  }
  const mark = marks[0]!;
  const elements = [...mark.children];
  const rows = model.table.rows.length;
  if (elements.length !== rows) {
    throw new Error(
      `Chart "${model.id}": its point mark "${model.pointMark}" draws ${elements.length} elements but its table has ${rows} rows; they must match one to one`,
    );
  }
  const points = chartPoints(model);
  elements.forEach((element, index) => {
    element.setAttribute("data-index", String(index));
    element.setAttribute("role", "img");
    element.setAttribute("aria-label", pointName(points[index]!, index, rows));
  });
  for (const child of svg.children) {
    if (child.tagName.toLowerCase() !== "style" && !child.contains(mark)) child.setAttribute("aria-hidden", "true");
  }
}

/** What a screen reader says for a point: "Wave: T1 (2 of 3). People surveyed: 178. …". */
export function pointName(point: { label: string; lines: string[] }, index: number, count: number): string {
  return [`${point.label} (${index + 1} of ${count})`, ...point.lines].join(". ");
}
