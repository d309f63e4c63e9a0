/**
 * Tooltips and keyboard access for one chart, loaded by chart-boot.ts on the reader's first
 * interaction. It draws nothing: the SVG was drawn at build time with its points numbered
 * (data-index) and named, and the words for each point come from the figure's JSON data island, the
 * same words as its table. Hover (mouse), tap (touch) and focus all show the same tooltip.
 *
 * Keyboard: the points are one tab stop with a roving tabindex (WAI-ARIA APG): the arrow keys, Home
 * and End move focus among them, so a screen reader says the point's name; Tab leaves the chart.
 * A tap or click focuses the point it picks, for the same reason. The tooltip follows WCAG 1.4.13:
 * Escape hides it from anywhere on the page, and it stays while the pointer is over it.
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
  const island = figure.querySelector(".chart__points");
  if (!canvas || !island) return;
  const points = readPoints(island);
  const tip = document.createElement("div");
  tip.className = "chart__tip";
  tip.hidden = true;
  // The tooltip repeats, for the eye, what the focused point's name says and the table holds.
  tip.setAttribute("aria-hidden", "true");
  canvas.append(tip);
  let current: number | null = null;

  /** The points of the drawing on screen (phone or wide, current view). */
  const marks = (): HTMLElement[] => {
    const svg = [...canvas.querySelectorAll("svg")].find((s) => s.getClientRects().length > 0);
    return svg ? [...svg.querySelectorAll<HTMLElement>("[data-index]")] : [];
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
  const onTip = (event: Event) => tip.contains(event.target as Node | null);

  const hide = () => {
    current = null;
    tip.hidden = true;
    for (const element of canvas.querySelectorAll(".is-current")) element.classList.remove("is-current");
  };

  const show = (index: number) => {
    const point = points[index];
    const mark = marks()[index];
    if (!point || !mark) return hide();
    if (index === current && !tip.hidden) return;
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
  };

  /** The roving tab stop: the point a reader is on is the one Tab comes back to. */
  const setTabStop = (index: number) => marks().forEach((mark, i) => mark.setAttribute("tabindex", i === index ? "0" : "-1"));
  /** Moves the tab stop to `index` and focus with it; the focus handler shows the tooltip. */
  const focusPoint = (index: number) => {
    setTabStop(index);
    marks()[index]?.focus({ preventScroll: true });
  };
  const indexOf = (target: EventTarget | null): number | null => {
    const value = target instanceof Element ? target.getAttribute("data-index") : null;
    return value === null ? null : Number(value);
  };

  const onFocus = (event: FocusEvent) => {
    const index = indexOf(event.target);
    if (index !== null) {
      setTabStop(index);
      show(index);
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.key === "Escape") return;
    const from = indexOf(event.target);
    if (from === null) return;
    const next = nextPointIndex(from, points.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    focusPoint(next);
  };
  const onHover = (event: PointerEvent) => {
    if (event.pointerType !== "mouse" || onTip(event)) return;
    const index = pointAt(event);
    if (index === null) hide();
    else show(index);
  };
  const onClick = (event: MouseEvent) => {
    if (onTip(event)) return;
    const index = pointAt(event);
    if (index === null) hide();
    else {
      focusPoint(index);
      show(index);
    }
  };

  canvas.addEventListener("focusin", onFocus);
  canvas.addEventListener("keydown", onKey);
  canvas.addEventListener("pointermove", onHover);
  canvas.addEventListener("pointerleave", (event) => event.pointerType === "mouse" && hide());
  canvas.addEventListener("click", onClick);
  canvas.addEventListener("focusout", (event) => !canvas.contains(event.relatedTarget as Node | null) && hide());
  canvas.addEventListener("chart:redraw", hide);
  // A tap anywhere else closes a tapped tooltip; Escape closes it wherever focus is.
  document.addEventListener("pointerdown", (event) => !canvas.contains(event.target as Node | null) && hide());
  document.addEventListener("keydown", (event) => event.key === "Escape" && !tip.hidden && hide());

  if (first instanceof FocusEvent) onFocus(first);
  else if (first instanceof KeyboardEvent) onKey(first);
  else if (first instanceof PointerEvent && first.type === "pointerover") onHover(first);
  else if (first instanceof MouseEvent && first.type === "click") onClick(first);
}
