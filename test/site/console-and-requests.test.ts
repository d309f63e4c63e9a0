// With JavaScript on, no page logs an error or asks anything of another origin.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, launchBrowser, listPages, startSiteServer, type SiteServer } from "./browser.ts";

const pages = listPages();

/** URL schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);

describe.skipIf(!hasBrowser)("console errors and third-party requests", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: SiteServer;
  // Filled by the listeners below, emptied before each page.
  let errors: string[] = [];
  let offsite: string[] = [];

  const isLocal = (url: string): boolean => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    return parsed.origin === server.origin || LOCAL_SCHEMES.has(parsed.protocol);
  };

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
    // Service workers could fetch behind Playwright's back: keep them off.
    context = await browser.newContext({ serviceWorkers: "block" });
    // Nothing leaves the machine: other origins are aborted (and recorded as failures).
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (isLocal(url)) {
        await route.continue();
      } else {
        offsite.push(url);
        await route.abort("blockedbyclient");
      }
    });
    page = await context.newPage(); // reused for every page
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const loc = msg.location();
      errors.push(`console.error: ${msg.text()}${loc.url ? ` (at ${loc.url}:${loc.lineNumber})` : ""}`);
    });
    page.on("pageerror", (err) => errors.push(`uncaught: ${err.stack ?? err.message}`));
    page.on("request", (req) => {
      if (!isLocal(req.url())) offsite.push(req.url());
    });
    page.on("websocket", (ws) => {
      if (!isLocal(ws.url())) offsite.push(ws.url());
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("finds pages to test", () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)("%s: no console errors, no requests to other origins", async (pagePath) => {
    errors = [];
    offsite = [];
    // networkidle: also catch requests made shortly after load.
    await gotoPage(page, server.url, pagePath, "networkidle");
    const offsiteUnique = [...new Set(offsite)];
    expect(offsiteUnique, `${pagePath} requested other origins:\n${offsiteUnique.join("\n")}`).toEqual([]);
    expect(errors, `${pagePath} logged errors:\n${errors.join("\n")}`).toEqual([]);
  });
});
