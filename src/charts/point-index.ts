import type { ChartModel } from "./types.ts";

/**
 * Numbers the elements of a chart's point mark (`data-index="0"`, `"1"`, …) so the browser script
 * can highlight the table row a reader has reached by pointer or keyboard without drawing anything
 * itself. A mark that draws more or fewer elements than the table has rows (a filtered row, a
 * missing value) would point readers at the wrong numbers, so it stops the build instead.
 */
export function numberPoints(svg: Element, model: Pick<ChartModel, "id" | "pointMark" | "table">): void {
  if (!model.pointMark) return;
  const marks = svg.querySelectorAll(`g.${model.pointMark}`);
  if (marks.length !== 1) {
    throw new Error(`Chart "${model.id}": expected one mark with className "${model.pointMark}" (its pointMark), found ${marks.length}`);
  }
  const elements = [...marks[0]!.children];
  const rows = model.table.rows.length;
  if (elements.length !== rows) {
    throw new Error(`Chart "${model.id}": its point mark "${model.pointMark}" draws ${elements.length} elements but its table has ${rows} rows; they must match one to one`);
  }
  elements.forEach((element, index) => element.setAttribute("data-index", String(index)));
}
