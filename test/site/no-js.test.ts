// With JavaScript off, every chart figure still shows a named SVG and a data table.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, launchBrowser, listPages, pageFile, startSiteServer, type SiteServer } from "./browser.ts";

/** Does this HTML contain a <figure> whose class list includes "chart"? */
function hasChartFigure(html: string): boolean {
  const re = /<figure\b[^>]*?\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
  for (const m of html.matchAll(re)) {
    const classes = (m[1] ?? m[2] ?? m[3] ?? "").split(/\s+/);
    if (classes.includes("chart")) return true;
  }
  return false;
}

const chartPages = listPages().filter((p) => hasChartFigure(readFileSync(pageFile(p), "utf8")));

async function accessibleName(svg: Locator, page: Page): Promise<string> {
  const labelledBy = (await svg.getAttribute("aria-labelledby"))?.trim();
  if (labelledBy) {
    const parts: string[] = [];
    for (const id of labelledBy.split(/\s+/)) {
      const target = page.locator(`[id="${id.replace(/["\\]/g, "\\$&")}"]`);
      if ((await target.count()) === 0) {
        throw new Error(`aria-labelledby points at missing id "${id}"`);
      }
      parts.push(((await target.first().textContent()) ?? "").trim());
    }
    const name = parts.join(" ").trim();
    if (name) return name;
  }
  const label = (await svg.getAttribute("aria-label"))?.trim();
  if (label) return label;
  const title = svg.locator(":scope > title");
  if ((await title.count()) > 0) return ((await title.first().textContent()) ?? "").trim();
  return "";
}

/**
 * Charts may ship several SVG variants (e.g. narrow and wide) and show one per
 * viewport with CSS, so check at a desktop and a phone width: in each, every
 * chart must show at least one SVG at a useful size, and every SVG shown must
 * have an accessible name.
 */
const viewports = [
  { label: "desktop", width: 1280, height: 800 },
  { label: "phone", width: 375, height: 740 },
] as const;

describe.skipIf(!hasBrowser)("charts without JavaScript", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: SiteServer;

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage(); // reused for every page
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("at least one page has a chart (figure.chart)", () => {
    expect(chartPages, 'no page in dist/ contains <figure class="chart">').not.toEqual([]);
  });

  describe.each(viewports)("$label viewport ($width×$height)", ({ label, width, height }) => {
    it.each(chartPages)(`%s: charts show a named SVG and a table without JS (${label})`, async (pagePath) => {
      await page.setViewportSize({ width, height });
      await gotoPage(page, server.url, pagePath);
      const figures = page.locator("figure.chart");
      const count = await figures.count();
      expect(count, `${pagePath}: no figure.chart found in the browser`).toBeGreaterThan(0);
      const problems: string[] = [];
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const id = (await figure.getAttribute("id")) ?? "";
        const where = `${pagePath} (${label}) figure.chart #${i + 1}${id ? ` (id="${id}")` : ""}`;
        // The chart's own SVG(s), not SVGs nested inside another SVG.
        const svgs = figure.locator('svg:is([role="img"], [role="graphics-document"]):not(svg svg)');
        const svgCount = await svgs.count();
        let shown = 0;
        const sizes: string[] = [];
        for (let j = 0; j < svgCount; j++) {
          const svg = svgs.nth(j);
          if (!(await svg.isVisible())) {
            sizes.push("hidden");
            continue;
          }
          const box = await svg.boundingBox();
          sizes.push(box ? `${Math.round(box.width)}×${Math.round(box.height)}` : "no box");
          if (box && box.width > 100 && box.height > 50) shown++;
          try {
            const name = await accessibleName(svg, page);
            if (!name) {
              problems.push(`${where}: svg ${j + 1} has no accessible name (aria-labelledby, aria-label or <title>)`);
            }
          } catch (err) {
            problems.push(`${where}: svg ${j + 1}: ${(err as Error).message}`);
          }
        }
        if (svgCount === 0) problems.push(`${where}: no <svg role="img"> or <svg role="graphics-document">`);
        else if (shown === 0) {
          problems.push(
            `${where}: no <svg role="img"> or <svg role="graphics-document"> visible at a useful size (>100×50); sizes: ${sizes.join(", ")}`,
          );
        }
        if ((await figure.locator("table").count()) === 0) problems.push(`${where}: no <table>`);
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  });
});
