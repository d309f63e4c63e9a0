// The site built to live under a sub-path (SITE_BASE=/social-cure/) keeps every link, asset and
// absolute URL under that path. Builds a separate copy in a temporary folder; dist/ is untouched.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/serve.mjs";
import { REPO_ROOT, hasBrowser, launchBrowser, listPages } from "./browser.ts";
import { checkLinks } from "./links.ts";

const BASE = "/social-cure/";
const out = mkdtempSync(join(tmpdir(), "sub-path-"));

describe("a build under a sub-path", () => {
  let pages: string[] = [];

  beforeAll(() => {
    // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; the child build must
    // not inherit them, or BASE_URL would override SITE_BASE.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)),
    );
    const build = spawnSync("npm", ["run", "build"], {
      cwd: REPO_ROOT,
      env: { ...env, SITE_BASE: BASE, OUT_DIR: out },
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`sub-path build failed:\n${build.stdout}\n${build.stderr}`);
    pages = listPages(out).map((p) => BASE.replace(/\/$/, "") + p);
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("builds the same pages", () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it("keeps every internal link, asset and absolute URL under the sub-path", () => {
    const report = checkLinks(out, pages, BASE);
    expect(report.broken).toEqual([]);
    expect(report.outsideBase).toEqual([]);
  });

  it.skipIf(!hasBrowser)("loads every page with its stylesheets and no failed request", async () => {
    const server = await startServer({ root: out, port: 0, host: "127.0.0.1", base: BASE });
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on("response", (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      for (const path of pages.filter((p) => !p.endsWith("404.html"))) {
        await page.goto(new URL(path, server.url).href, { waitUntil: "networkidle" });
        const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.cssRules.length > 0).length);
        expect(sheets, path).toBeGreaterThan(0);
      }
      expect(failed).toEqual([]);
    } finally {
      await browser?.close();
      await server.close();
    }
  });
});
