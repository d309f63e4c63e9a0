// A chart's page works with and without JavaScript: its copy buttons copy, its share button shows only
// where there is a share sheet, and without JavaScript the embed code and links are all still there.
// Every chart shown in a page links to its own chart page, except on patient pages (issue 11: no
// downloads, embed or cite links there; test/site/patient-pages.test.ts checks they have none).
import { existsSync, readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, listPages, pageFile, useSite } from "./browser.ts";
import { distFile, SITE_BASE } from "./site-files.ts";
import { CHART_REDIRECTS } from "../../src/charts/redirects.ts";

const CHART_PAGE = "/charts/participant-flow/";

describe("chart permalinks", () => {
  const withFigures = listPages()
    .map((p) => ({ path: p, html: readFileSync(pageFile(p), "utf8") }))
    .filter((p) => p.html.includes("data-chart=") && !p.path.startsWith("/charts/") && !p.path.startsWith("/embed/"))
    .filter((p) => !p.html.includes('data-audience="patients"'));

  it("are linked from every figure shown on an article or section page (not patient pages)", () => {
    expect(withFigures.length).toBeGreaterThan(0);
    for (const { path, html } of withFigures) {
      for (const [figure, id] of html.matchAll(/<figure\b[^>]*data-chart="([^"]+)"[\s\S]*?<\/figure>/g)) {
        const link = figure.match(/<p class="chart__permalink">\s*<a href="([^"]+)"/)?.[1];
        expect(link, `${path}: figure ${id} has no link to its chart page`).toBe(`${SITE_BASE}charts/${id}/`);
        expect(existsSync(distFile(link!)), `${path}: ${link} was not built`).toBe(true);
      }
    }
  });
});

describe("retired chart ids", () => {
  it("redirect their chart and embed pages to the chart that replaced them", () => {
    for (const [from, to] of Object.entries(CHART_REDIRECTS)) {
      for (const kind of ["charts", "embed"]) {
        const html = readFileSync(distFile(`${SITE_BASE}${kind}/${from}/`), "utf8");
        expect(html, `/${kind}/${from}/`).toContain(`<meta http-equiv="refresh" content="0;url=${SITE_BASE}${kind}/${to}/">`);
      }
    }
  });
});

describe.skipIf(!hasBrowser)("a chart page in the browser", () => {
  const site = useSite();

  describe("with JavaScript", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext();
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.origin });
      page = await context.newPage();
      await gotoPage(page, site.server.url, CHART_PAGE);
    });

    afterAll(async () => {
      await context?.close();
    });

    it("copies the embed code to the clipboard and says so", async () => {
      const button = page.getByRole("button", { name: "Copy embed code" });
      await button.click();
      await expect
        .poll(() => page.locator('#participant-flow-embed-code ~ .copy-field__actions [role="status"]').textContent())
        .toBe("Copied.");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator("#participant-flow-embed-code").inputValue());
      expect(copied).toMatch(/^<iframe src="[^"]+\/embed\/participant-flow\/"/);
    });

    it("copies the link to the chart with the keyboard", async () => {
      await page.getByRole("button", { name: "Copy link" }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/charts\/participant-flow\/$/);
    });

    it("copies the chart's APA reference, BibTeX and RIS with one button each", async () => {
      const cite = page.locator("#cite ~ .cite-this").first();
      await cite.getByRole("button", { name: "Copy APA reference for this chart" }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe((await cite.locator("p.cite").textContent())?.replace(/\s+/g, " ").trim());
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        /^Social Cure Explained\. \(\d{4}.*\[Chart\]\. http.*\/charts\/participant-flow\/$/,
      );
      await cite.getByRole("button", { name: "Copy BibTeX for this chart" }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{socialcure-participant-flow,/);
      await cite.getByRole("button", { name: "Copy RIS for this chart" }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^TY {2}- /);
    });

    it("puts Download, Share, Embed and Cite right under the chart, and provenance after them", async () => {
      const order = await page.evaluate(() =>
        ["figure.chart", "#downloads", "#share", "#embed", "#cite", "#provenance"].map(
          (sel) => document.querySelector(sel)!.getBoundingClientRect().top,
        ),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });

    it("lets the journalist choose light, dark or the reader's setting for the embed, light by default", async () => {
      const code = page.locator("#participant-flow-embed-code");
      expect(await code.inputValue()).toMatch(/\/embed\/participant-flow\/" /);
      await page.getByLabel("Dark").check();
      expect(await code.inputValue()).toContain('/embed/participant-flow/?theme=dark"');
      await page.getByLabel("Match the reader's setting").check();
      expect(await code.inputValue()).toContain('/embed/participant-flow/?theme=auto"');
      await page.getByLabel("Light (default)").check();
      expect(await code.inputValue()).toMatch(/\/embed\/participant-flow\/" /);
    });

    it("shows the share button only where the browser has a share sheet", async () => {
      const canShare = await page.evaluate(() => typeof navigator.share === "function");
      expect(await page.getByRole("button", { name: "Share this chart…" }).isVisible()).toBe(canShare);
    });
  });

  describe("without JavaScript", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({ javaScriptEnabled: false });
      page = await context.newPage();
      await gotoPage(page, site.server.url, CHART_PAGE);
    });

    afterAll(async () => {
      await context?.close();
    });

    it("hides the buttons that need it, and keeps the text to copy by hand", async () => {
      expect(await page.locator("button[data-copy]:visible, button[data-share-url]:visible").count()).toBe(0);
      const code = page.getByLabel(/^Embed code for/);
      expect(await code.isVisible()).toBe(true);
      expect(await code.getAttribute("readonly")).not.toBeNull();
      expect(await code.inputValue()).toContain("/embed.js");
      expect(await page.getByLabel("Link to this chart").inputValue()).toMatch(/\/charts\/participant-flow\/$/);
    });

    it("lists the downloads, the citation files and both citations", async () => {
      expect(
        await page
          .locator("a[download]:visible")
          .filter({ hasText: /^\s*Download (PNG|SVG|CSV|JSON|BIB|RIS) / })
          .count(),
      ).toBe(6);
      expect(await page.locator(".cite-this__files a[download]").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
        expect.stringMatching(/\/charts\/participant-flow\/participant-flow\.bib$/),
        expect.stringMatching(/\/charts\/participant-flow\/participant-flow\.ris$/),
      ]);
      expect(await page.locator(".cite-this").count()).toBe(2);
    });
  });
});
