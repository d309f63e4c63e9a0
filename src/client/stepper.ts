/**
 * The step-by-step explainer (components/explainer/PathwayStepper.astro). The page's CSS already
 * shows step 1 and its stage when scripting is on, so this only wires the buttons and keys: nothing
 * moves when it runs. Without JavaScript every step and the whole diagram stay on the page.
 */
import { actionForKey, buttonsAt, focusAfter, stepAfter, type StepAction } from "./stepper-state.ts";

function initStepper(root: HTMLElement): void {
  const steps = [...root.querySelectorAll<HTMLElement>(".stepper__step")];
  const stages = [...root.querySelectorAll<HTMLElement>(".stepper__stage")];
  const back = root.querySelector<HTMLButtonElement>(".stepper__back");
  const next = root.querySelector<HTMLButtonElement>(".stepper__next");
  const count = root.querySelector<HTMLElement>(".stepper__count");
  const title = root.querySelector<HTMLElement>(".stepper__title");
  if (!back || !next || !count || !title || steps.length === 0 || stages.length !== steps.length) return;
  const total = steps.length;
  const buttons: Record<StepAction, HTMLButtonElement> = { back, next };
  let current = Math.max(
    0,
    steps.findIndex((s) => s.classList.contains("is-current")),
  );

  const show = (step: number) => {
    current = step;
    steps.forEach((s, i) => s.classList.toggle("is-current", i === step));
    stages.forEach((s, i) => s.classList.toggle("is-current", i === step));
    const on = buttonsAt(step, total);
    back.disabled = !on.back;
    next.disabled = !on.next;
  };

  const go = (action: StepAction) => {
    const step = stepAfter(action, current, total);
    if (step === current) return;
    const hadFocus = document.activeElement === back || document.activeElement === next;
    show(step);
    // The status is an atomic live region: "Step 2 of 4: <question>" is announced whole.
    count.textContent = steps[step]?.dataset["count"] ?? "";
    title.textContent = `: ${steps[step]?.dataset["title"] ?? ""}`;
    if (hadFocus) buttons[focusAfter(action, step, total)].focus();
  };

  back.addEventListener("click", () => go("back"));
  next.addEventListener("click", () => go("next"));
  root.addEventListener("keydown", (event) => {
    const action = actionForKey(event.key);
    if (!action || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    go(action);
  });
  show(current);
  root.dataset["ready"] = "";
}

for (const root of document.querySelectorAll<HTMLElement>("[data-stepper]")) initStepper(root);
