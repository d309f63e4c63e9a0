// Serves dist/ with exactly the headers in dist/_headers, as Netlify or Cloudflare Pages would, and
// checks that no page breaks its Content-Security-Policy and no page but an embed can be framed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "../../src/build/security-headers.ts";
import { DIST_DIR, gotoPage, hasBrowser, launchBrowser, listPages, startSiteServer, type SiteServer } from "./browser.ts";

const pages = listPages();
const rules = parseHeadersFile(readFileSync(join(DIST_DIR, "_headers"), "utf8"));

describe("dist/_headers", () => {
  it.each(pages)("%s has a CSP without unsafe-inline scripts", (path) => {
    const headers = headersFor(rules, path);
    const csp = headers["Content-Security-Policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'self'/);
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBeTruthy();
    expect(headers["Permissions-Policy"]).toBeTruthy();
    expect(csp).toContain(path.includes("/embed/") ? "frame-ancestors *" : "frame-ancestors 'none'");
  });

  it("lets no built HTML carry an inline executable script", () => {
    for (const path of pages) {
      const html = readFileSync(join(DIST_DIR, path.endsWith("/") ? `${path}index.html` : path), "utf8");
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs = "", body = ""]) => !/\bsrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs) && body.trim() !== "",
      );
      expect(
        inline.map((m) => m[0].slice(0, 120)),
        path,
      ).toEqual([]);
    }
  });
});

describe.skipIf(!hasBrowser)("pages served with their security headers", () => {
  let browser: Browser;
  let page: Page;
  let server: SiteServer;
  let violations: string[] = [];

  beforeAll(async () => {
    // scripts/serve.mjs applies dist/_headers itself, as Netlify or Cloudflare Pages would.
    server = await startSiteServer(DIST_DIR);
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("console", (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pages)("%s runs with zero CSP violations", async (path) => {
    violations = [];
    const response = await gotoPage(page, server.url, path, "networkidle");
    expect(response.headers()["content-security-policy"]).toBe(headersFor(rules, path)["Content-Security-Policy"]);
    // Interaction loads lazy scripts: focus and click the first chart, if any, to exercise them.
    const chart = page.locator("figure.chart").first();
    if ((await chart.count()) > 0) await chart.hover();
    await page.waitForTimeout(100);
    expect(violations).toEqual([]);
  });
});
