// Glossary terms in articles: the definition opens on keyboard focus, hover and tap, is tied to
// the term for screen readers, closes with Escape; without JavaScript the term links to /glossary/.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, runAxe, settle, useSite } from "./browser.ts";

const ARTICLE = "/what-happened-in-the-study/";
const TERM = '.term[data-term="attrition"]';

/** Tabs from the top of the main content until `selector` has focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  await page.locator("#main").focus();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${selector} never received focus after ${limit} Tab presses`);
}

describe.skipIf(!hasBrowser)("glossary terms", () => {
  const site = useSite();

  describe("with a keyboard and a mouse", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({ reducedMotion: "reduce" });
      page = await context.newPage();
    });
    afterAll(async () => context?.close());

    it("opens on keyboard focus, is the link’s description, and closes with Escape", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      const link = page.locator(`${TERM} .term__link`).first();
      const tip = page.locator(`${TERM} .term__tip`).first();
      await expect.poll(() => tip.isVisible()).toBe(false);
      await tabTo(page, `${TERM} .term__link >> nth=0`);
      expect(await tip.isVisible()).toBe(true);
      expect(await link.getAttribute("aria-describedby")).toBe(await tip.getAttribute("id"));
      expect(await tip.getAttribute("role")).toBe("tooltip");
      expect(await tip.textContent()).toContain("People dropping out of a study");
      await page.keyboard.press("Escape");
      expect(await tip.isVisible()).toBe(false);
      expect(await link.evaluate((el) => el === document.activeElement), "focus stays on the term after Escape").toBe(true);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Shift+Tab");
      expect(await tip.isVisible(), "focusing the term again reopens it").toBe(true);
    });

    it("opens on hover, stays open while the pointer moves onto the definition, and closes when it leaves", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      const tip = page.locator(`${TERM} .term__tip`).first();
      await page.locator(`${TERM} .term__link`).first().hover();
      expect(await tip.isVisible()).toBe(true);
      await tip.hover();
      expect(await tip.isVisible()).toBe(true);
      await page.mouse.move(5, 5);
      expect(await tip.isVisible()).toBe(false);
    });

    it("passes axe with a definition open, in light and dark schemes", async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await gotoPage(page, site.server.url, ARTICLE);
        await settle(page);
        await tabTo(page, `${TERM} .term__link >> nth=0`);
        const violations = await runAxe(page);
        expect(violations, `axe (${colorScheme}, definition open):\n${violations.join("\n")}`).toEqual([]);
      }
    });
  });

  describe("on a phone (360 px, touch)", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
      page = await context.newPage();
    });
    afterAll(async () => context?.close());

    it("a first tap opens the definition on screen; a second tap follows the link to the glossary", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      const link = page.locator(`${TERM} .term__link`).first();
      const tip = page.locator(`${TERM} .term__tip`).first();
      await link.tap();
      expect(await tip.isVisible()).toBe(true);
      expect(new URL(page.url()).pathname).toBe(ARTICLE);
      const box = await tip.boundingBox();
      expect(box, "definition has a box").not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, "definition fits inside the 360 px screen").toBeLessThanOrEqual(360);
      await page.locator("h1").tap();
      expect(await tip.isVisible(), "a tap elsewhere closes it").toBe(false);
      await link.tap();
      await link.tap();
      await page.waitForURL("**/glossary/#attrition");
      expect(await page.locator("dt#attrition").isVisible()).toBe(true);
    });
  });

  describe("without JavaScript", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({ javaScriptEnabled: false });
      page = await context.newPage();
    });
    afterAll(async () => context?.close());

    it("is a link to the term’s entry on the glossary page, which defines it", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      const link = page.locator(`${TERM} .term__link`).first();
      expect(await page.locator(`${TERM} .term__tip`).first().isVisible()).toBe(false);
      expect(await link.getAttribute("href")).toBe("/glossary/#attrition");
      await link.click();
      await page.waitForURL("**/glossary/#attrition");
      const entry = page.locator("dt#attrition");
      expect((await entry.textContent())?.trim()).toBe("Attrition");
      expect(await page.locator("dt#attrition + dd").textContent()).toContain("People dropping out of a study");
    });
  });
});
