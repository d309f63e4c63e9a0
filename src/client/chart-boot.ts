/**
 * The only chart code a page loads before the reader does anything (well under 1 KB gzipped). It
 * turns on the chart/table switch and makes each chart's points one tab stop (a roving tabindex,
 * as in the WAI-ARIA APG's composite widgets: Tab reaches the first point, the arrow keys the
 * others). On the first pointer, focus, tap or key on a chart it imports the explorer (tooltips,
 * moving focus among points) and hands it that first event, so nothing the reader did is lost while
 * it loads. The points are named in the HTML (src/charts/point-index.ts), so screen readers reach
 * them in browse mode whether or not this runs.
 */
import { POINT_KEYS } from "./point-nav.ts";

const TRIGGERS = ["pointerover", "focusin", "click", "keydown"] as const;

function enableTableSwitch(figure: HTMLElement, canvas: HTMLElement): void {
  const button = figure.querySelector<HTMLButtonElement>(".chart__switch");
  const details = figure.querySelector<HTMLDetailsElement>("details.chart__data");
  if (!button || !details) return;
  let wasOpen = details.open;
  button.disabled = false;
  button.addEventListener("click", () => {
    const table = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", String(table));
    if (table) wasOpen = details.open;
    details.open = table || wasOpen;
    canvas.hidden = table;
    canvas.dispatchEvent(new Event("chart:redraw"));
  });
}

/** Makes the first point of each drawing (phone, wide, each view) its tab stop, the others reachable by arrow keys. */
function rovePoints(canvas: HTMLElement): void {
  for (const svg of canvas.querySelectorAll("svg")) {
    const points = svg.querySelectorAll("[data-index]");
    points.forEach((point, index) => point.setAttribute("tabindex", index === 0 ? "0" : "-1"));
    points[0]?.parentElement?.setAttribute("aria-label", "Points: the arrow keys move between them, Escape hides the tooltip");
  }
}

function enhance(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>(".chart__canvas");
  if (!canvas) return;
  enableTableSwitch(figure, canvas);
  if (!figure.querySelector(".chart__points")) return;
  rovePoints(canvas);
  let pending: Event | undefined;
  let loading: Promise<void> | undefined;
  const start = (event: Event) => {
    if (event instanceof KeyboardEvent && POINT_KEYS.has(event.key)) event.preventDefault();
    pending = event;
    loading ??= import("./chart-explore.ts").then(({ exploreChart }) => {
      for (const type of TRIGGERS) canvas.removeEventListener(type, start);
      exploreChart(figure, pending);
    });
  };
  for (const type of TRIGGERS) canvas.addEventListener(type, start);
}

for (const figure of document.querySelectorAll<HTMLElement>("figure.chart")) enhance(figure);
