/**
 * Switches a figure between views of the same numbers (counts or calculated shares) with
 * aria-pressed buttons. The views are drawn at build time and share one size, so switching swaps
 * pictures without moving the page; without JavaScript the first view and the table stay.
 */
function initViewSwitch(group: HTMLElement): void {
  const figure = group.closest("figure");
  const canvas = figure?.querySelector<HTMLElement>(".chart__canvas");
  if (!figure || !canvas) return;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>("button[data-view]")];
  const views = [...figure.querySelectorAll<HTMLElement>(".chart__view[data-view]")];
  const show = (view: string) => {
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset["view"] === view));
    for (const v of views) v.hidden = v.dataset["view"] !== view;
    // The chart explorer closes its tooltip: the point it showed has just been redrawn.
    canvas.dispatchEvent(new Event("chart:redraw"));
  };
  for (const b of buttons) {
    b.disabled = false;
    b.addEventListener("click", () => show(b.dataset["view"] ?? ""));
  }
}

for (const group of document.querySelectorAll<HTMLElement>("[data-view-switch]")) initViewSwitch(group);
