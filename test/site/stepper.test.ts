// The step-by-step explainer at /how-it-works/: a keyboard-only walk through every step (buttons
// and arrow keys), what the live region announces, where focus goes at the ends, axe in every
// step's state, and what shows without JavaScript.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, runAxe, settle, useSite } from "./browser.ts";

const PATH = "/how-it-works/";

/** Press Tab until `selector` has focus; fails after `max` presses (so the control is reachable by keyboard). */
async function tabTo(page: Page, selector: string, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} was not reached after ${max} presses of Tab`);
}

interface StepperState {
  status: string;
  visibleSteps: string[];
  visibleStages: string[];
  back: boolean;
  next: boolean;
  focused: string;
  expected: string;
}

/** What a reader sees and hears now: the live status, which step and stage show, which buttons work, what has focus. */
async function state(page: Page): Promise<StepperState> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>("[data-stepper]")!;
    const shown = (e: Element) => e.getClientRects().length > 0;
    const steps = [...root.querySelectorAll<HTMLElement>(".stepper__step")];
    const current = steps.find(shown);
    return {
      status: root.querySelector(".stepper__status")!.textContent!.replace(/\s+/g, " ").trim(),
      visibleSteps: steps.filter(shown).map((s) => s.id),
      visibleStages: [...root.querySelectorAll<HTMLElement>(".stepper__stage")].filter(shown).map((s) => s.dataset["stage"]!),
      back: !root.querySelector<HTMLButtonElement>(".stepper__back")!.disabled,
      next: !root.querySelector<HTMLButtonElement>(".stepper__next")!.disabled,
      focused: document.activeElement?.className ?? "",
      expected: current ? `${current.dataset["count"]}: ${current.dataset["title"]}` : "",
    };
  });
}

describe.skipIf(!hasBrowser)("pathway stepper", () => {
  const site = useSite();

  describe("with JavaScript, keyboard only", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce", bypassCSP: true });
      page = await context.newPage();
      await gotoPage(page, site.server.url, PATH);
      await settle(page);
    });

    afterAll(async () => {
      await context?.close();
    });

    it("walks forward with Enter, Space and the right arrow, announcing each step, with axe clean in every state", async () => {
      const total = await page.locator(".stepper__step").count();
      expect(total).toBeGreaterThan(1);
      await tabTo(page, ".stepper__next");

      const first = await state(page);
      expect(first.status).toBe(first.expected);
      expect(first.status).toMatch(new RegExp(`^Step 1 of ${total}: `));
      expect(first).toMatchObject({ visibleSteps: ["step-1"], visibleStages: ["1"], back: false, next: true });
      expect(await runAxe(page), "axe at step 1").toEqual([]);

      const keys = ["Enter", "Space", "ArrowRight"];
      const announced = [first.status];
      for (let step = 2; step <= total; step++) {
        await page.keyboard.press(keys[(step - 2) % keys.length]!);
        const now = await state(page);
        expect(now.status, `status after moving to step ${step}`).toBe(now.expected);
        expect(now.status).toMatch(new RegExp(`^Step ${step} of ${total}: `));
        expect(now.visibleSteps).toEqual([`step-${step}`]);
        expect(now.visibleStages).toEqual([String(step)]);
        expect(now.back).toBe(true);
        expect(now.next).toBe(step < total);
        // At the last step Next switches off, and focus moves to Back rather than being lost.
        expect(now.focused).toContain(step < total ? "stepper__next" : "stepper__back");
        announced.push(now.status);
        const violations = await runAxe(page);
        expect(violations, `axe at step ${step}:\n${violations.join("\n")}`).toEqual([]);
      }
      expect(new Set(announced).size).toBe(total);

      // Past the end nothing changes.
      await page.keyboard.press("ArrowRight");
      expect((await state(page)).status).toBe(announced[total - 1]);
    });

    it("walks back with the left arrow, Enter and Space on Back, and switches Back off at the start", async () => {
      const total = await page.locator(".stepper__step").count();
      expect((await state(page)).focused).toContain("stepper__back");
      const keys = ["ArrowLeft", "Enter", "Space"];
      for (let step = total - 1; step >= 1; step--) {
        await page.keyboard.press(keys[(total - 1 - step) % keys.length]!);
        const now = await state(page);
        expect(now.status).toBe(now.expected);
        expect(now.visibleSteps).toEqual([`step-${step}`]);
        expect(now.next).toBe(true);
        expect(now.back).toBe(step > 1);
        expect(now.focused).toContain(step > 1 ? "stepper__back" : "stepper__next");
      }
      await page.keyboard.press("ArrowLeft");
      expect((await state(page)).visibleSteps).toEqual(["step-1"]);
    });

    it("shows each stage without animation when the reader prefers reduced motion", async () => {
      const animation = await page.locator(".stepper__stage.is-current").evaluate((e) => getComputedStyle(e).animationName);
      expect(animation).toBe("none");
    });
  });

  it("animates the stage change only when motion is welcome", async () => {
    const context = await site.browser.newContext({ reducedMotion: "no-preference" });
    const page = await context.newPage();
    await gotoPage(page, site.server.url, PATH);
    const animation = await page.locator(".stepper__stage.is-current").evaluate((e) => getComputedStyle(e).animationName);
    await context.close();
    expect(animation).not.toBe("none");
  });

  it("without JavaScript, shows every step in order beside the whole diagram, and no controls", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoPage(page, site.server.url, PATH);
    const result = await page.evaluate(() => {
      const shown = (e: Element) => e.getClientRects().length > 0;
      const steps = [...document.querySelectorAll(".stepper__step")];
      const stages = [...document.querySelectorAll<HTMLElement>(".stepper__stage")];
      return {
        steps: steps.length,
        shownSteps: steps.filter(shown).length,
        shownStages: stages.filter(shown).map((s) => s.dataset["stage"]),
        lastStage: stages.at(-1)?.dataset["stage"],
        controls: shown(document.querySelector(".stepper__controls")!),
        wholeChain: document.querySelector('.stepper__stage:last-child svg[role="img"] title')?.textContent ?? "",
      };
    });
    await context.close();
    expect(result.shownSteps).toBe(result.steps);
    expect(result.shownStages).toEqual([result.lastStage]);
    expect(result.controls).toBe(false);
    expect(result.wholeChain).toMatch(/health-related quality of life\.$/i);
  });
});
