// JavaScript stays small and lazy: no inline executable scripts in any page (so a CSP without
// 'unsafe-inline' can come), at most 15 KB of gzipped JavaScript before the reader interacts, and
// the chart explorer loaded only on the first interaction with a chart. Prints the figures per page.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, launchBrowser, listPages, pageFile, startSiteServer, type SiteServer } from "./browser.ts";

/** The most gzipped JavaScript a page may load before the reader does anything. */
const BUDGET_BEFORE = 15 * 1024;
/** Script types the browser does not execute: data islands. */
const DATA_TYPES = new Set(["application/json", "application/ld+json"]);

const pages = listPages();

/** Every <script> in the HTML that the browser would run from inline text. */
function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (/\bsrc\s*=/i.test(attrs) || (type !== undefined && DATA_TYPES.has(type))) continue;
    found.push(m[0]);
  }
  return found;
}

/** Records every script the page fetches and its gzipped size (zlib, default level), by URL. */
function recordScripts(page: Page): { sizes: Map<string, number>; pending: Promise<void>[] } {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response.body().then(
        (body) => void sizes.set(response.url(), gzipSync(body).length),
        () => undefined,
      ),
    );
  });
  return { sizes, pending };
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const figure = (bytes: number) => `${bytes} B (${kb(bytes)})`;

describe("no inline executable scripts", () => {
  it.each(pages)("%s loads its scripts from files only", (pagePath) => {
    expect(inlineScripts(readFileSync(pageFile(pagePath), "utf8"))).toEqual([]);
  });
});

describe.skipIf(!hasBrowser)("JavaScript before and after the first interaction", () => {
  let browser: Browser;
  let server: SiteServer;
  let page: Page;
  let sizes: Map<string, number>;
  let pending: Promise<void>[];
  const report: string[] = [];

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage(); // reused for every page
    // Nothing may come from the cache of an earlier page: every script counts on every page.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    ({ sizes, pending } = recordScripts(page));
  });

  afterAll(async () => {
    console.log(`Gzipped JavaScript per page (before → after first interaction):\n${report.join("\n")}`);
    await browser?.close();
    await server?.close();
  });

  it.each(pages)(`%s loads at most ${kb(BUDGET_BEFORE)} gzipped before interaction, the explorer only after`, async (pagePath) => {
    await page.goto("about:blank");
    await Promise.all(pending);
    sizes.clear();
    await gotoPage(page, server.url, pagePath);
    // Module scripts load before the load event; a little longer catches anything fetched on idle.
    await page.waitForTimeout(300);
    await Promise.all(pending);
    const before = total(sizes);
    const beforeFiles = [...sizes.keys()];

    // First interaction: point at the first chart and focus it, and step the stepper if there is one.
    // Only a chart with explorable points (a `pointMark`) loads the explorer; an icon array for patients has none.
    const chart = page.locator("figure.chart:has(.chart__points) .chart__canvas").first();
    const hasChart = (await chart.count()) > 0;
    if (hasChart) {
      const explorer = page.waitForResponse((r) => r.url().includes("chart-explore"));
      await chart.scrollIntoViewIfNeeded();
      await chart.hover();
      await chart.focus();
      await explorer;
    }
    const next = page.locator(".stepper__next");
    if ((await next.count()) > 0) await next.click();
    await page.waitForTimeout(300);
    await Promise.all(pending);
    const after = total(sizes);

    report.push(`  ${pagePath.padEnd(24)} ${figure(before).padStart(16)} → ${figure(after).padStart(16)}  (${sizes.size} file(s))`);
    expect(before, `${pagePath}: ${kb(before)} gzipped before interaction`).toBeLessThanOrEqual(BUDGET_BEFORE);
    if (hasChart) {
      expect(
        beforeFiles.some((url) => url.includes("chart-explore")),
        "the explorer must not load before interaction",
      ).toBe(false);
      expect(
        [...sizes.keys()].some((url) => url.includes("chart-explore")),
        "the explorer loads on first interaction",
      ).toBe(true);
    }
  });
});
