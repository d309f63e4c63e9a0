/** What a reader can ask the stepper to do. */
export type StepAction = "next" | "back";

/** Left and Right arrows step through the chain; other keys keep their usual meaning. */
export function actionForKey(key: string): StepAction | undefined {
  if (key === "ArrowRight") return "next";
  if (key === "ArrowLeft") return "back";
  return undefined;
}

/** The step an action leads to, staying within the first and last step (0-based). */
export function stepAfter(action: StepAction, current: number, total: number): number {
  const next = action === "next" ? current + 1 : current - 1;
  return Math.max(0, Math.min(next, total - 1));
}

/** Which buttons work at a step: Back is off at the first, Next at the last. */
export function buttonsAt(current: number, total: number): { back: boolean; next: boolean } {
  return { back: current > 0, next: current < total - 1 };
}

/**
 * Which button keeps the focus after a step: the one the reader pressed, unless it has just been
 * switched off at an end, in which case the other one, so focus is never lost to the page.
 */
export function focusAfter(pressed: StepAction, current: number, total: number): StepAction {
  const on = buttonsAt(current, total);
  if (pressed === "next") return on.next ? "next" : "back";
  return on.back ? "back" : "next";
}
