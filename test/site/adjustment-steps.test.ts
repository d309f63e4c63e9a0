// The explorable adjustment figure on /where-this-study-sits-in-the-evidence/ (Munford et al.
// 2017, one adjustment added at a time): keyboard walk with the live status, one stage drawn at a
// time with axe clean in each, the chart explorer still pointing at table rows, and the whole chart
// with every step in words without JavaScript.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, runAxe, settle, useSite } from "./browser.ts";

const PATH = "/where-this-study-sits-in-the-evidence/";
const FIGURE = "#chart-munford-2017-adjustment";

/** Which stages and steps show, what the status says and which buttons work. */
async function state(page: Page) {
  return page.evaluate((figure) => {
    const root = document.querySelector<HTMLElement>(figure)!;
    const shown = (e: Element) => e.getClientRects().length > 0;
    return {
      stages: [...root.querySelectorAll<HTMLElement>(".stages__stage")].filter(shown).map((s) => s.dataset["stage"]),
      current: root.querySelector('.stages__step[aria-current="step"]')?.getAttribute("data-stage") ?? null,
      status: root.querySelector(".stages__status")!.textContent!.trim(),
      back: !root.querySelector<HTMLButtonElement>(".stages__back")!.disabled,
      next: !root.querySelector<HTMLButtonElement>(".stages__next")!.disabled,
      focused: document.activeElement?.className ?? "",
    };
  }, FIGURE);
}

describe.skipIf(!hasBrowser)("adjustment steps", () => {
  const site = useSite();

  it("adds one adjustment per press, announces it, keeps focus on a working button and stays axe-clean", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce", bypassCSP: true });
    const page = await context.newPage();
    await gotoPage(page, site.server.url, PATH);
    await settle(page);
    const total = await page.locator(`${FIGURE} .stages__step`).count();
    expect(total).toBeGreaterThan(1);
    expect(await state(page)).toMatchObject({ stages: ["0"], current: "0", back: false, next: true });
    expect((await state(page)).status).toMatch(new RegExp(`^Step 1 of ${total}: unadjusted$`));
    await page.locator(`${FIGURE} .stages__next`).focus();
    for (let stage = 1; stage < total; stage++) {
      await page.keyboard.press(stage % 2 ? "Enter" : "ArrowRight");
      const now = await state(page);
      expect(now.stages).toEqual([String(stage)]);
      expect(now.current).toBe(String(stage));
      expect(now.status).toMatch(new RegExp(`^Step ${stage + 1} of ${total}: adding `));
      expect(now.back).toBe(true);
      expect(now.next).toBe(stage < total - 1);
      expect(now.focused).toContain(stage < total - 1 ? "stages__next" : "stages__back");
      const violations = await runAxe(page);
      expect(violations, `axe at stage ${stage + 1}:\n${violations.join("\n")}`).toEqual([]);
    }
    await page.keyboard.press("ArrowLeft");
    expect((await state(page)).stages).toEqual([String(total - 2)]);
    await context.close();
  });

  it("without JavaScript, shows the whole chart, every step in words and no controls", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await gotoPage(page, site.server.url, PATH);
    const now = await state(page);
    const total = await page.locator(`${FIGURE} .stages__step`).count();
    expect(now.stages).toEqual([String(total - 1)]);
    expect(await page.locator(`${FIGURE} .stages__steps`).isVisible()).toBe(true);
    expect(await page.locator(`${FIGURE} .stages__controls`).isVisible()).toBe(false);
    await context.close();
  });
});
