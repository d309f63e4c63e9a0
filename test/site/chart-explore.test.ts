// Charts are explorable by keyboard, mouse and touch: arrow keys move between points and announce
// them, a tap shows a tooltip on a phone, the chart/table and counts/shares switches work, and axe
// stays clean with a tooltip open and in table view.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoPage, hasBrowser, runAxe, settle, useSite } from './browser.ts';

const ARTICLE = '/what-the-study-found/';
const FIGURE = 'figure#chart-participant-flow';
const WAVES = '/how-it-works/';

/** The words for each point, as the page ships them in the figure's data island. */
async function points(figure: Locator): Promise<{ label: string; lines: string[] }[]> {
  return JSON.parse((await figure.locator('.chart__points').textContent()) ?? '[]');
}

/** Data-index of the highlighted point in the figure's visible SVG, or null. */
async function highlighted(figure: Locator): Promise<string | null> {
  return figure.evaluate((f) => {
    const svg = [...f.querySelectorAll('svg[role="img"]')].find((s) => s.getClientRects().length > 0);
    return svg?.querySelector('.is-current')?.getAttribute('data-index') ?? null;
  });
}

async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached by Tab`);
}

describe.skipIf(!hasBrowser)('explorable charts', () => {
  const site = useSite();

  describe('keyboard and mouse, desktop', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', bypassCSP: true });
      page = await context.newPage();
    });

    afterAll(async () => {
      await context?.close();
    });

    it('moves between points with the arrow keys, announcing each, and Escape leaves', async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      await settle(page);
      const figure = page.locator(FIGURE);
      const expected = await points(figure);
      expect(expected.length).toBeGreaterThan(1);
      // The table's first column names the same rows, in the same order.
      const rowNames = await figure.locator('tbody th').allTextContents();
      expect(expected.map((p) => p.label)).toEqual(rowNames.map((n) => `Wave: ${n.trim()}`));

      await tabTo(page, `${FIGURE} .chart__canvas`);
      const live = figure.locator('.chart__live');
      const tip = figure.locator('.chart__tip');
      for (let i = 0; i < expected.length; i++) {
        await page.keyboard.press('ArrowRight');
        const point = expected[i]!;
        await expect.poll(() => live.textContent()).toBe(`${point.label} (${i + 1} of ${expected.length}). ${point.lines.join('. ')}`);
        expect(await tip.isVisible()).toBe(true);
        expect(await tip.textContent()).toContain(point.label);
        expect(await highlighted(figure)).toBe(String(i));
      }
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => live.textContent()).toContain(expected[expected.length - 2]!.label);
      await page.keyboard.press('Home');
      await expect.poll(() => highlighted(figure)).toBe('0');
      const violations = await runAxe(page);
      expect(violations, `axe with a tooltip open:\n${violations.join('\n')}`).toEqual([]);

      await page.keyboard.press('Escape');
      await expect.poll(() => live.textContent()).toBe("Left the chart's points.");
      expect(await tip.isVisible()).toBe(false);
      expect(await highlighted(figure)).toBeNull();
      // Tab still moves on: the chart is one stop, not a trap.
      await page.keyboard.press('Tab');
      expect(await page.evaluate((s) => document.activeElement?.closest(s) !== null && document.activeElement?.matches('.chart__canvas'), FIGURE)).toBe(false);
    });

    it('shows a tooltip on hover without announcing it', async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      await settle(page);
      const figure = page.locator(FIGURE);
      const bar = figure.locator('.chart__svg--wide [data-index="1"]');
      await bar.hover();
      const tip = figure.locator('.chart__tip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain((await points(figure))[1]!.label);
      expect(await figure.locator('.chart__live').textContent()).toBe('');
      await page.mouse.move(5, 5);
      await expect.poll(() => tip.isVisible()).toBe(false);
    });

    it('switches between chart and table', async () => {
      await gotoPage(page, site.server.url, ARTICLE);
      const figure = page.locator(FIGURE);
      const button = figure.locator('.chart__switch');
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await figure.locator('.chart__canvas').isVisible()).toBe(false);
      expect(await figure.locator('table').isVisible()).toBe(true);
      const violations = await runAxe(page);
      expect(violations, `axe in table view:\n${violations.join('\n')}`).toEqual([]);
      await button.click();
      expect(await figure.locator('.chart__canvas').isVisible()).toBe(true);
      expect(await figure.locator('table').isVisible()).toBe(false);
    });

    it('switches the participant flow between counts and calculated shares, both explorable', async () => {
      await gotoPage(page, site.server.url, WAVES);
      await settle(page);
      const figure = page.locator('figure#chart-who-answered');
      const counts = figure.locator('button[data-view="counts"]');
      const shares = figure.locator('button[data-view="shares"]');
      const visibleTitle = () =>
        figure.evaluate((f) => [...f.querySelectorAll('svg[role="img"]')].find((s) => s.getClientRects().length > 0)?.querySelector('title')?.textContent ?? '');
      expect(await counts.getAttribute('aria-pressed')).toBe('true');
      const countsTitle = await visibleTitle();
      await shares.click();
      expect(await shares.getAttribute('aria-pressed')).toBe('true');
      expect(await counts.getAttribute('aria-pressed')).toBe('false');
      expect(await visibleTitle()).toContain('calculated');
      expect(await visibleTitle()).not.toBe(countsTitle);
      await figure.locator('.chart__canvas').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => highlighted(figure)).toBe('0');
      expect(await figure.locator('.chart__live').textContent()).toContain((await points(figure))[0]!.label);
      const violations = await runAxe(page);
      expect(violations, `axe with shares shown:\n${violations.join('\n')}`).toEqual([]);
      await counts.click();
      expect(await visibleTitle()).toBe(countsTitle);
    });
  });

  describe('touch, 360 px phone', () => {
    it('shows a tooltip for a tapped bar, announces it, and closes it on a tap elsewhere', async () => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
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
        const tip = figure.locator('.chart__tip');
        await expect.poll(() => tip.isVisible()).toBe(true);
        const point = (await points(figure))[2]!;
        expect(await tip.textContent()).toContain(point.label);
        expect(await figure.locator('.chart__live').textContent()).toContain(point.label);
        expect(await highlighted(figure)).toBe('2');
        // The tooltip stays inside the phone's width and does not widen the page.
        const box = await tip.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(pageWidth);

        await figure.locator('.chart__subtitle').tap();
        await expect.poll(() => tip.isVisible()).toBe(false);
      } finally {
        await context.close();
      }
    });
  });
});
