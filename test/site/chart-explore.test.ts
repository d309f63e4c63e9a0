// Charts are explorable by keyboard, mouse and touch: the points are one tab stop with a roving
// tabindex (arrow keys, Home and End move focus, so screen readers say each point's name), they are
// named in the HTML so browse mode reaches them, the tooltip follows WCAG 1.4.13 (Escape hides it
// from anywhere, it stays while the pointer is on it), a tap shows it on a phone, the chart/table
// and counts/shares switches work, and axe stays clean with a tooltip open and in table view.
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, runAxe, settle, useSite } from "./browser.ts";

const ARTICLE = "/what-the-study-found/";
const FIGURE = "figure#chart-participant-flow";
const WAVES = "/how-it-works/";

/** The words for each point, as the page ships them in the figure's data island. */
async function points(figure: Locator): Promise<{ label: string; lines: string[] }[]> {
  return JSON.parse((await figure.locator(".chart__points").textContent()) ?? "[]");
}

/** Data-index of the highlighted point in the figure's visible SVG, or null. */
async function highlighted(figure: Locator): Promise<string | null> {
  return figure.evaluate((f) => {
    const svg = [...f.querySelectorAll(".chart__svg svg")].find((s) => s.getClientRects().length > 0);
    return svg?.querySelector(".is-current")?.getAttribute("data-index") ?? null;
  });
}

/** The focused element's data-index and accessible name, as a screen reader would hear it. */
async function focused(page: Page): Promise<{ index: string | null; name: string | null; role: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      index: el?.getAttribute("data-index") ?? null,
      name: el?.getAttribute("aria-label") ?? null,
      role: el?.getAttribute("role") ?? null,
    };
  });
}

/** Tab stops (tabindex="0") among the points of the figure's visible SVG. */
async function tabStops(figure: Locator): Promise<string[]> {
  return figure.evaluate((f) => {
    const svg = [...f.querySelectorAll(".chart__svg svg")].find((s) => s.getClientRects().length > 0);
    return [...(svg?.querySelectorAll('[data-index][tabindex="0"]') ?? [])].map((p) => p.getAttribute("data-index") ?? "");
  });
}

async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached by Tab`);
}

describe.skipIf(!hasBrowser)("explorable charts", () => {
  const site = useSite();

  describe("keyboard and mouse, desktop", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce", bypassCSP: true });
      page = await context.newPage();
    });

    afterAll(async () => {
      await context?.close();
    });

    it("makes the points one tab stop and moves focus among them with the arrow keys, Home and End", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      await settle(page);
      const figure = page.locator(FIGURE);
      const expected = await points(figure);
      expect(expected.length).toBeGreaterThan(1);
      // The table's first column names the same rows, in the same order.
      const rowNames = await figure.locator("tbody th").allTextContents();
      expect(expected.map((p) => p.label)).toEqual(rowNames.map((n) => `Wave: ${n.trim()}`));
      expect(await tabStops(figure)).toEqual(["0"]);

      await tabTo(page, `${FIGURE} [data-index]`);
      const tip = figure.locator(".chart__tip");
      const expectOn = async (i: number) => {
        const point = expected[i]!;
        await expect.poll(async () => (await focused(page)).index).toBe(String(i));
        expect(await focused(page)).toEqual({
          index: String(i),
          role: "img",
          name: [`${point.label} (${i + 1} of ${expected.length})`, ...point.lines].join(". "),
        });
        await expect.poll(() => tip.isVisible()).toBe(true);
        expect(await tip.textContent()).toContain(point.label);
        expect(await highlighted(figure)).toBe(String(i));
        expect(await tabStops(figure)).toEqual([String(i)]);
      };
      await expectOn(0);
      for (let i = 1; i < expected.length; i++) {
        await page.keyboard.press("ArrowRight");
        await expectOn(i);
      }
      await page.keyboard.press("ArrowRight");
      await expectOn(expected.length - 1);
      await page.keyboard.press("ArrowLeft");
      await expectOn(expected.length - 2);
      await page.keyboard.press("Home");
      await expectOn(0);
      await page.keyboard.press("End");
      await expectOn(expected.length - 1);
      const violations = await runAxe(page);
      expect(violations, `axe with a tooltip open:\n${violations.join("\n")}`).toEqual([]);

      // Escape hides the tooltip; focus stays on the point.
      await page.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible()).toBe(false);
      expect(await highlighted(figure)).toBeNull();
      expect((await focused(page)).index).toBe(String(expected.length - 1));
      // Tab leaves the chart (one stop, not a trap), and Shift+Tab comes back to the point last on.
      await page.keyboard.press("Tab");
      expect(
        await page.evaluate(
          (s) => document.activeElement?.closest(s) !== null && document.activeElement?.hasAttribute("data-index"),
          FIGURE,
        ),
      ).toBe(false);
      await page.keyboard.press("Shift+Tab");
      await expectOn(expected.length - 1);
    });

    it("names every point in the HTML, so browse mode reaches them, and hides the rest of the drawing", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      const figure = page.locator(FIGURE);
      const svg = figure.locator(".chart__svg--wide svg");
      expect(await svg.getAttribute("role")).toBe("graphics-document");
      const snapshot = await svg.ariaSnapshot();
      for (const point of await points(figure)) expect(snapshot).toContain(point.label);
      // Axis labels are hidden: the points, description and table carry the numbers.
      const axisText = await figure.locator('.chart__svg--wide svg > g[aria-hidden="true"] text').allTextContents();
      expect(axisText.length).toBeGreaterThan(0);
      for (const text of axisText) expect(snapshot).not.toContain(`text: ${text}`);
    });

    it("hides the tooltip with Escape wherever focus is, and keeps it while the pointer is on it (WCAG 1.4.13)", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      await settle(page);
      const figure = page.locator(FIGURE);
      const tip = figure.locator(".chart__tip");
      await figure.locator('.chart__svg--wide [data-index="1"]').hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      // The pointer moves from the bar onto the tooltip, and across it: it stays.
      const box = (await tip.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2, { steps: 5 });
      await page.mouse.move(box.x + 4, box.y + 4, { steps: 5 });
      await page.waitForTimeout(100);
      expect(await tip.isVisible()).toBe(true);
      // Focus is elsewhere on the page (the body); Escape still hides it.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      await page.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible()).toBe(false);
    });

    it("shows a tooltip on hover without moving focus", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      await settle(page);
      const figure = page.locator(FIGURE);
      const bar = figure.locator('.chart__svg--wide [data-index="1"]');
      await bar.hover();
      const tip = figure.locator(".chart__tip");
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain((await points(figure))[1]!.label);
      expect((await focused(page)).index).toBeNull();
      await page.mouse.move(5, 5);
      await expect.poll(() => tip.isVisible()).toBe(false);
    });

    it("switches between chart and table", async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      const figure = page.locator(FIGURE);
      const button = figure.locator(".chart__switch");
      expect(await button.getAttribute("aria-pressed")).toBe("false");
      await button.click();
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      expect(await figure.locator(".chart__canvas").isVisible()).toBe(false);
      expect(await figure.locator("table").isVisible()).toBe(true);
      const violations = await runAxe(page);
      expect(violations, `axe in table view:\n${violations.join("\n")}`).toEqual([]);
      await button.click();
      expect(await figure.locator(".chart__canvas").isVisible()).toBe(true);
      expect(await figure.locator("table").isVisible()).toBe(false);
    });

    it("switches the participant flow between counts and calculated shares, both explorable", async () => {
      await gotoPage(page, site.server.url, WAVES);
      await settle(page);
      const figure = page.locator("figure#chart-who-answered");
      const counts = figure.locator('button[data-view="counts"]');
      const shares = figure.locator('button[data-view="shares"]');
      const visibleTitle = () =>
        figure.evaluate(
          (f) =>
            [...f.querySelectorAll(".chart__svg svg")].find((s) => s.getClientRects().length > 0)?.querySelector("title")?.textContent ??
            "",
        );
      expect(await counts.getAttribute("aria-pressed")).toBe("true");
      const countsTitle = await visibleTitle();
      await shares.click();
      expect(await shares.getAttribute("aria-pressed")).toBe("true");
      expect(await counts.getAttribute("aria-pressed")).toBe("false");
      expect(await visibleTitle()).toContain("calculated");
      expect(await visibleTitle()).not.toBe(countsTitle);
      // The shares drawing has its own tab stop, its points named with the calculated shares.
      await tabTo(page, "figure#chart-who-answered [data-index]");
      await expect.poll(() => highlighted(figure)).toBe("0");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => highlighted(figure)).toBe("1");
      expect((await focused(page)).name).toContain((await points(figure))[1]!.label);
      expect((await focused(page)).name).toContain("%");
      const violations = await runAxe(page);
      expect(violations, `axe with shares shown:\n${violations.join("\n")}`).toEqual([]);
      await counts.click();
      expect(await visibleTitle()).toBe(countsTitle);
    });
  });

  describe("touch, 360 px phone", () => {
    it("shows a tooltip for a tapped bar, focuses it, and closes it on a tap elsewhere", async () => {
      const context = await site.browser.newContext({
        viewport: { width: 360, height: 740 },
        hasTouch: true,
        isMobile: true,
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      try {
        await gotoPage(page, site.server.url, ARTICLE);
        await settle(page);
        const figure = page.locator(FIGURE);
        const bar = figure.locator('.chart__svg--narrow [data-index="2"]');
        await bar.scrollIntoViewIfNeeded();
        expect(await bar.isVisible()).toBe(true);
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        await bar.tap();
        const tip = figure.locator(".chart__tip");
        await expect.poll(() => tip.isVisible()).toBe(true);
        const point = (await points(figure))[2]!;
        expect(await tip.textContent()).toContain(point.label);
        // The tapped point takes focus, so a screen reader says its name.
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe("2");
        expect(await highlighted(figure)).toBe("2");
        // The tooltip stays inside the phone's width and does not widen the page.
        const box = await tip.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(pageWidth);

        await figure.locator(".chart__subtitle").tap();
        await expect.poll(() => tip.isVisible()).toBe(false);
      } finally {
        await context.close();
      }
    });
  });
});
