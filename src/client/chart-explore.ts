/**
 * Tooltips and keyboard access for one chart, loaded by chart-boot.ts on the reader's first
 * interaction. It draws nothing: the SVG was drawn at build time with its points numbered
 * (data-index), and the words for each point come from the figure's JSON data island, the same
 * words as its table. Hover (mouse), tap (touch) and the arrow keys all show the same tooltip; taps
 * and keys also announce the point through the figure's aria-live region.
 */
import { nearestBox, type Box } from "./nearest-point.ts";
import { nextPointIndex } from "./point-nav.ts";
import { placeTooltip } from "./tooltip-position.ts";

/** One point in words, as src/charts/point-text.ts writes it into the data island. */
interface ChartPoint {
  label: string;
  lines: string[];
}

/** How far (px) from a point a pointer or finger may be and still pick it. */
const REACH = 24;

function readPoints(island: Element): ChartPoint[] {
  const parsed: unknown = JSON.parse(island.textContent ?? "[]");
  return Array.isArray(parsed) ? (parsed as ChartPoint[]) : [];
}

/** Wires one figure.chart; `first` is the event that caused the import, handled as if it came now. */
export function exploreChart(figure: HTMLElement, first?: Event): void {
  const canvas = figure.querySelector<HTMLElement>(".chart__canvas");
  const live = figure.querySelector<HTMLElement>(".chart__live");
  const island = figure.querySelector(".chart__points");
  if (!canvas || !live || !island) return;
  const points = readPoints(island);
  const tip = document.createElement("div");
  tip.className = "chart__tip";
  tip.hidden = true;
  // The tooltip repeats, for the eye, what the live region says and the table holds.
  tip.setAttribute("aria-hidden", "true");
  canvas.append(tip);
  let current: number | null = null;

  const marks = (): Element[] => {
    const svg = [...canvas.querySelectorAll("svg[role='img']")].find((s) => s.getClientRects().length > 0);
    return svg ? [...svg.querySelectorAll("[data-index]")] : [];
  };
  const boxOf = (element: Element): Box => {
    const r = element.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    return { left: r.left - c.left, top: r.top - c.top, right: r.right - c.left, bottom: r.bottom - c.top };
  };
  const pointAt = (event: MouseEvent): number | null => {
    const c = canvas.getBoundingClientRect();
    return nearestBox(marks().map(boxOf), event.clientX - c.left, event.clientY - c.top, REACH);
  };

  const hide = () => {
    current = null;
    tip.hidden = true;
    for (const element of canvas.querySelectorAll(".is-current")) element.classList.remove("is-current");
  };

  const show = (index: number, announce: boolean) => {
    const point = points[index];
    const mark = marks()[index];
    if (!point || !mark) return hide();
    if (index !== current) {
      hide();
      current = index;
      mark.classList.add("is-current");
      const label = document.createElement("strong");
      label.textContent = point.label;
      tip.replaceChildren(label, ...point.lines.map((line) => Object.assign(document.createElement("span"), { textContent: line })));
      tip.hidden = false;
      const onScreen = -canvas.getBoundingClientRect().top;
      const place = placeTooltip(boxOf(mark), { width: tip.offsetWidth, height: tip.offsetHeight }, canvas.clientWidth, onScreen);
      tip.style.left = `${place.left}px`;
      tip.style.top = `${place.top}px`;
    }
    if (announce) live.textContent = `${point.label} (${index + 1} of ${points.length}). ${point.lines.join(". ")}`;
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextPointIndex(current, points.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next === null) {
      hide();
      live.textContent = "Left the chart's points.";
    } else show(next, true);
  };
  const onHover = (event: PointerEvent) => {
    if (event.pointerType !== "mouse") return;
    const index = pointAt(event);
    if (index === null) hide();
    else show(index, false);
  };
  const onClick = (event: MouseEvent) => {
    const index = pointAt(event);
    if (index === null) hide();
    else show(index, true);
  };

  canvas.addEventListener("keydown", onKey);
  canvas.addEventListener("pointermove", onHover);
  canvas.addEventListener("pointerleave", (event) => event.pointerType === "mouse" && hide());
  canvas.addEventListener("click", onClick);
  canvas.addEventListener("focusout", (event) => !canvas.contains(event.relatedTarget as Node | null) && hide());
  canvas.addEventListener("chart:redraw", hide);
  // A tap anywhere else closes a tapped tooltip.
  document.addEventListener("pointerdown", (event) => !canvas.contains(event.target as Node | null) && hide());

  if (first instanceof KeyboardEvent) onKey(first);
  else if (first instanceof PointerEvent && first.type === "pointerover") onHover(first);
  else if (first instanceof MouseEvent && first.type === "click") onClick(first);
}
