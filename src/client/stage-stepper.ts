/**
 * Steps a figure drawn in stages (components/evidence/AdjustmentSteps.astro) one stage at a time.
 * CSS already shows stage 1 when scripting is on, so this only wires the buttons and arrow keys;
 * nothing moves when it runs. The stages sit inside the chart canvas, so the current one is marked
 * with data-shown, not the chart explorer's is-current class. Without JavaScript the whole chart
 * and every step stay on the page.
 */
import { actionForKey, buttonsAt, focusAfter, stepAfter, type StepAction } from "./stepper-state.ts";

function initStages(root: HTMLElement): void {
  const stages = [...root.querySelectorAll<HTMLElement>(".stages__stage")];
  const steps = [...root.querySelectorAll<HTMLElement>(".stages__step")];
  const back = root.querySelector<HTMLButtonElement>(".stages__back");
  const next = root.querySelector<HTMLButtonElement>(".stages__next");
  const status = root.querySelector<HTMLElement>(".stages__status");
  const controls = root.querySelector<HTMLElement>(".stages__controls");
  const canvas = root.querySelector<HTMLElement>(".chart__canvas");
  if (!back || !next || !status || !controls || !canvas || stages.length === 0 || steps.length !== stages.length) return;
  const total = stages.length;
  const buttons: Record<StepAction, HTMLButtonElement> = { back, next };
  let current = 0;

  const show = (stage: number) => {
    current = stage;
    stages.forEach((s, i) => s.toggleAttribute("data-shown", i === stage));
    steps.forEach((s, i) => (i === stage ? s.setAttribute("aria-current", "step") : s.removeAttribute("aria-current")));
    const on = buttonsAt(stage, total);
    back.disabled = !on.back;
    next.disabled = !on.next;
    status.textContent = steps[stage]?.dataset["label"] ?? "";
    // The chart explorer closes its tooltip: the point it showed may have just gone.
    canvas.dispatchEvent(new Event("chart:redraw"));
  };

  const go = (action: StepAction) => {
    const stage = stepAfter(action, current, total);
    if (stage === current) return;
    const hadFocus = document.activeElement === back || document.activeElement === next;
    show(stage);
    if (hadFocus) buttons[focusAfter(action, stage, total)].focus();
  };

  back.addEventListener("click", () => go("back"));
  next.addEventListener("click", () => go("next"));
  controls.addEventListener("keydown", (event) => {
    const action = actionForKey(event.key);
    if (!action || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    go(action);
  });
  show(0);
}

for (const root of document.querySelectorAll<HTMLElement>("[data-stages]")) initStages(root);
