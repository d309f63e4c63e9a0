/**
 * The only chart code a page loads before the reader does anything (well under 1 KB gzipped). It
 * makes each chart focusable, turns on the chart/table switch, and on the first pointer, focus, tap
 * or key on a chart imports the explorer (tooltips, arrow keys, announcements) and hands it that
 * first event, so nothing the reader did is lost while it loads.
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

function enhance(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>(".chart__canvas");
  if (!canvas) return;
  enableTableSwitch(figure, canvas);
  if (!figure.querySelector(".chart__points")) return;
  const title = figure.querySelector(".chart__title")?.textContent?.trim() ?? "Chart";
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "group");
  canvas.setAttribute("aria-label", `${title}. Chart: the arrow keys move between its points, Escape stops.`);
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
