// An embed placed on another site's page: the iframe follows its content's height at phone and
// desktop widths and is compact (the chart's height, not an article's), works alone at a fixed
// height, is light by default and honours only ?theme=light|dark|auto, opens every link outside the
// frame, and the loader ignores messages from anywhere but this site's frames. Also: how many bytes
// an embed costs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/site/charts.ts";
import { startServer } from "../../scripts/serve.mjs";
import { gotoPage, hasBrowser, launchBrowser, startSiteServer, type SiteServer } from "./browser.ts";
import { distFile, readDist, SITE_BASE } from "./site-files.ts";

/** The embed code as a chart page prints it (the text of its read-only field). */
function embedCodeOf(id: string): string {
  const html = readFileSync(distFile(`${SITE_BASE}charts/${id}/`), "utf8");
  const text = html.match(new RegExp(`<textarea[^>]*id="${id}-embed-code"[^>]*>([\\s\\S]*?)</textarea>`))?.[1];
  if (!text) throw new Error(`no embed code on /charts/${id}/`);
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>A news story</title><style>body{margin:0;padding:8px;font-family:sans-serif}</style></head>` +
  `<body><main><h1>A news story</h1>${body}<p>The story goes on.</p></main></body></html>`;

const WIDTHS = [360, 1024] as const;

describe.skipIf(!hasBrowser)("embedded charts", () => {
  let site: SiteServer;
  let host: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dialogs: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "embed-host-"));

  beforeAll(async () => {
    site = await startSiteServer();
    for (const id of CHART_IDS) {
      const code = embedCodeOf(id);
      const siteOrigin = new URL(code.match(/src="([^"]+)"/)?.[1] ?? "").origin;
      const local = code.replaceAll(siteOrigin, site.origin);
      writeFileSync(path.join(dir, `${id}.html`), hostPage(local));
      writeFileSync(path.join(dir, `${id}-alone.html`), hostPage(local.replace(/<script[\s\S]*<\/script>/, "")));
      writeFileSync(
        path.join(dir, `${id}-hostile.html`),
        hostPage(local.replace('/"', '/?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E&x=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E"')),
      );
    }
    // A second server on another port: another origin, as a news site would be.
    host = await startServer({ root: dir, port: 0, host: "127.0.0.1" });
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openHost(file: string, width: number): Promise<Frame> {
    dialogs = [];
    await page.setViewportSize({ width, height: 800 });
    await page.goto(new URL(file, host.url).href, { waitUntil: "load" });
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    if (!frame) throw new Error("the iframe has no frame");
    await frame.waitForSelector("[data-embed-root]");
    return frame;
  }

  /** Pixels between the iframe's height and the height of the content it shows. */
  async function misfit(frame: Frame): Promise<number> {
    const box = await page.locator("iframe").boundingBox();
    const content = await frame.evaluate(() => Math.ceil(document.querySelector("[data-embed-root]")!.getBoundingClientRect().height));
    return Math.abs((box?.height ?? 0) - content);
  }

  describe.each(WIDTHS)("at %i px", (width) => {
    it.each(CHART_IDS)("%s: the iframe takes the width of the column and the height of its content", async (id) => {
      const frame = await openHost(`${id}.html`, width);
      await expect.poll(() => misfit(frame), { timeout: 10_000 }).toBeLessThanOrEqual(1);
      const { scrolls, chartShown } = await frame.evaluate(() => ({
        scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
        chartShown: [...document.querySelectorAll('svg:is([role="img"], [role="graphics-document"])')].some(
          (svg) => svg.getBoundingClientRect().width > 100,
        ),
      }));
      expect(scrolls).toBe(false);
      expect(chartShown).toBe(true);
      const widths = await page.evaluate(() => [
        document.querySelector("iframe")!.getBoundingClientRect().width,
        document.querySelector("main")!.clientWidth,
      ]);
      expect(widths[0]).toBe(widths[1]);
    });
  });

  it.each(CHART_IDS)("%s: at 360 px the frame is as tall as the chart, with its title and source line, not an article", async (id) => {
    const frame = await openHost(`${id}.html`, 360);
    await expect.poll(() => misfit(frame)).toBeLessThanOrEqual(1);
    const { chart, hidden } = await frame.evaluate(() => ({
      chart: Math.max(...[...document.querySelectorAll(".chart__svg")].map((svg) => svg.getBoundingClientRect().height)),
      hidden: [...document.querySelectorAll(".chart__description, table")].every((el) => !el.checkVisibility()),
    }));
    const height = (await page.locator("iframe").boundingBox())?.height ?? 0;
    // The title (up to three lines), the source line and the one control for the rest.
    expect(height - chart).toBeLessThan(240);
    expect(hidden).toBe(true);
    expect(await frame.locator(".chart__source--short").isVisible()).toBe(true);
  });

  it("opens every link outside the frame, in a new tab, and leaves the frame where it was", async () => {
    const frame = await openHost("participant-flow.html", 1024);
    const links = await frame.evaluate(() =>
      [...document.querySelectorAll("a[href]")].map((a) => ({ target: a.getAttribute("target"), rel: a.getAttribute("rel") ?? "" })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.target).toBe("_blank");
      expect(link.rel.split(" ")).toContain("noopener");
    }
    const popup = page.context().waitForEvent("page");
    await frame.click('.chart__source--short a[href*="/charts/"]');
    const opened = await popup;
    expect(new URL(opened.url()).pathname).toMatch(/\/charts\/participant-flow\/$/);
    await opened.close();
    expect(new URL(frame.url()).pathname).toMatch(/\/embed\/participant-flow\/$/);
  });

  it("grows when the reader opens the table inside the frame", async () => {
    const frame = await openHost("participant-flow.html", 360);
    await expect.poll(() => misfit(frame)).toBeLessThanOrEqual(1);
    const before = (await page.locator("iframe").boundingBox())?.height ?? 0;
    await frame.click("summary");
    await expect.poll(async () => (await page.locator("iframe").boundingBox())?.height ?? 0).toBeGreaterThan(before + 50);
    await expect.poll(() => misfit(frame)).toBeLessThanOrEqual(1);
  });

  it("works without the loader script, at the fixed height of the embed code", async () => {
    const frame = await openHost("participant-flow-alone.html", 1024);
    const fixed = Number(embedCodeOf("participant-flow").match(/height="(\d+)"/)?.[1]);
    await frame.waitForTimeout(300);
    expect((await page.locator("iframe").boundingBox())?.height).toBe(fixed);
    expect(await frame.locator('svg:is([role="img"], [role="graphics-document"]):visible').count()).toBeGreaterThan(0);
  });

  it("ignores height messages that do not come from its own frame, or have the wrong shape", async () => {
    const frame = await openHost("social-cure-pathway.html", 1024);
    await expect.poll(() => misfit(frame)).toBeLessThanOrEqual(1);
    const height = async () => (await page.locator("iframe").boundingBox())?.height;
    const settled = await height();
    // From the host page itself: the wrong origin and not a frame.
    await page.evaluate(() => window.postMessage({ type: "social-cure-embed:height", height: 3000 }, "*"));
    // From the frame, but not a valid height message.
    await frame.evaluate(() => {
      parent.postMessage({ type: "social-cure-embed:height", height: "3000px" }, "*");
      parent.postMessage({ type: "something-else", height: 3000 }, "*");
      parent.postMessage({ type: "social-cure-embed:height", height: 1e9 }, "*");
      parent.postMessage("social-cure-embed:height 3000", "*");
    });
    await page.waitForTimeout(300);
    expect(await height()).toBe(settled);
    // A well-formed message from the frame is obeyed: the channel itself works.
    await frame.evaluate(() => parent.postMessage({ type: "social-cure-embed:height", height: 1234 }, "*"));
    await expect.poll(height).toBe(1234);
  });

  it("runs nothing from hostile parameters in the embed code, and still sizes the frame", async () => {
    const frame = await openHost("participant-flow-hostile.html", 1024);
    await expect.poll(() => misfit(frame)).toBeLessThanOrEqual(1);
    expect(dialogs).toEqual([]);
    expect(await frame.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("light");
    expect(await frame.locator("img").count()).toBe(0);
  });

  describe("?theme", () => {
    const embed = "/embed/participant-flow/";
    const load = async (query: string, colorScheme: "light" | "dark" = "light") => {
      dialogs = [];
      await page.emulateMedia({ colorScheme });
      await gotoPage(page, site.url, `${embed}${query}`);
      await page.waitForLoadState("networkidle");
      return page.evaluate(() => ({
        html: document.documentElement.outerHTML,
        theme: document.documentElement.getAttribute("data-theme"),
        background: getComputedStyle(document.body).backgroundColor,
      }));
    };

    it("is light by default, to match a light news page, whatever the reader's system prefers", async () => {
      expect(await load("", "dark")).toMatchObject({ theme: "light", background: "rgb(255, 255, 255)" });
    });

    it("switches to the dark or light scheme whatever the system prefers", async () => {
      expect(await load("?theme=dark", "light")).toMatchObject({ theme: "dark", background: "rgb(21, 23, 26)" });
      expect(await load("?theme=light", "dark")).toMatchObject({ theme: "light", background: "rgb(255, 255, 255)" });
      expect(await load("?utm_source=news&theme=dark")).toMatchObject({ theme: "dark" });
    });

    it("follows the reader's system setting with ?theme=auto", async () => {
      expect(await load("?theme=auto", "dark")).toMatchObject({ theme: null, background: "rgb(21, 23, 26)" });
      expect(await load("?theme=auto", "light")).toMatchObject({ theme: null, background: "rgb(255, 255, 255)" });
    });

    it.each([
      "?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "?theme=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
      "?theme=DARK",
      "?theme=dark%20",
      "?theme=javascript:alert(1)",
      "?x=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ])("changes nothing for %s", async (query) => {
      const plain = await load("");
      const hostile = await load(query);
      expect(dialogs).toEqual([]);
      expect(hostile).toEqual(plain);
    });
  });

  it("costs the host page little JavaScript (gzip): the loader, plus the frame's own script", async () => {
    const loader = gzipSync(readDist(`${SITE_BASE}embed.js`)).length;
    const embedHtml = readFileSync(distFile(`${SITE_BASE}embed/participant-flow/`), "utf8");
    const scripts = [...embedHtml.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? "");
    const frame = scripts.reduce((sum, src) => sum + gzipSync(readDist(src)).length, 0);
    console.log(`embed JavaScript, gzip: loader ${loader} B on the host page; ${frame} B inside the iframe (${scripts.length} file)`);
    expect(loader).toBeLessThan(1024);
    // The frame runs the same chart enhancement as the site (tooltips, keyboard): well inside the
    // site-wide budget of 15 KB gzip before interaction.
    expect(frame).toBeLessThan(4 * 1024);
  });
});
