import { describe, expect, it } from "vitest";
import { actionForKey, buttonsAt, focusAfter, stepAfter } from "../../src/client/stepper-state.ts";

describe("actionForKey", () => {
  it("steps with the left and right arrows only", () => {
    expect(actionForKey("ArrowRight")).toBe("next");
    expect(actionForKey("ArrowLeft")).toBe("back");
    expect(actionForKey("ArrowDown")).toBeUndefined();
    expect(actionForKey("Enter")).toBeUndefined();
  });
});

describe("stepAfter", () => {
  it("moves one step and stays within the first and last", () => {
    expect(stepAfter("next", 0, 4)).toBe(1);
    expect(stepAfter("next", 3, 4)).toBe(3);
    expect(stepAfter("back", 2, 4)).toBe(1);
    expect(stepAfter("back", 0, 4)).toBe(0);
  });
});

describe("buttonsAt", () => {
  it("switches Back off at the first step and Next off at the last", () => {
    expect(buttonsAt(0, 4)).toEqual({ back: false, next: true });
    expect(buttonsAt(1, 4)).toEqual({ back: true, next: true });
    expect(buttonsAt(3, 4)).toEqual({ back: true, next: false });
    expect(buttonsAt(0, 1)).toEqual({ back: false, next: false });
  });
});

describe("focusAfter", () => {
  it("keeps focus on the pressed button while it works", () => {
    expect(focusAfter("next", 1, 4)).toBe("next");
    expect(focusAfter("back", 2, 4)).toBe("back");
  });

  it("moves focus to the other button when the pressed one switches off at an end", () => {
    expect(focusAfter("next", 3, 4)).toBe("back");
    expect(focusAfter("back", 0, 4)).toBe("next");
  });
});
