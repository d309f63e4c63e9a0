// Enhancement moves nothing: cumulative layout shift is 0 on every page, on a desktop and a phone,
// from navigation until the page has settled with JavaScript on. Prints the figures per page.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, launchBrowser, listPages, settle, startSiteServer, type SiteServer } from "./browser.ts";

const pages = listPages();
const viewports = [
  { label: "desktop", viewport: { width: 1280, height: 900 } },
  { label: "phone", viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
] as const;

describe.skipIf(!hasBrowser)("cumulative layout shift", () => {
  let browser: Browser;
  let server: SiteServer;
  const report: string[] = [];

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    console.log(`Cumulative layout shift per page:\n${report.join("\n")}`);
    await browser?.close();
    await server?.close();
  });

  describe.each(viewports)("$label", ({ label, ...options }) => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext(options);
      page = await context.newPage(); // reused for every page
    });

    afterAll(async () => {
      await context?.close();
    });

    it.each(pages)(`%s has a CLS of 0 (${label})`, async (pagePath) => {
      await gotoPage(page, server.url, pagePath);
      await settle(page);
      // buffered: true replays every shift since this navigation began, including before load.
      const shifts = await page.evaluate(
        () =>
          new Promise<{ value: number; sources: string[] }[]>((resolve) => {
            const entries: { value: number; sources: string[] }[] = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
                entries.push({
                  value: e.value,
                  sources: (e.sources ?? []).map((s) =>
                    s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName),
                  ),
                });
              }
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(entries), 250);
          }),
      );
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      report.push(`  ${label.padEnd(8)} ${pagePath.padEnd(24)} ${cls}`);
      expect(cls, `${pagePath} (${label}) shifted: ${JSON.stringify(shifts)}`).toBe(0);
    });
  });
});
