// Shared helpers for the browser tests in test/site/ (vitest project "site").
// See test/site/README.md for how Chromium is found and what REQUIRE_BROWSER does.

import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Result as AxeResult, NodeResult as AxeNode, AxeResults } from "axe-core";
import { chromium, type Browser, type Page, type Response } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startServer, type HeadersOption } from "../../scripts/serve.mjs";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** dist/ to test: `DIST_DIR` env (relative to the cwd) or `<repo>/dist`. */
export const DIST_DIR = process.env["DIST_DIR"] ? path.resolve(process.env["DIST_DIR"]) : path.join(REPO_ROOT, "dist");

export const SKIP_MESSAGE = "Browser tests skipped: no Chromium found. Install it with: apt-get install -y chromium (or set CHROME_PATH).";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function isExecutableFile(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Chromium to drive: `CHROME_PATH`, then /usr/bin/chromium, then `chromium` /
 * `chromium-browser` on PATH. Undefined when none is found.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env["CHROME_PATH"];
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  if (isExecutableFile("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const dir of (process.env["PATH"] ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of ["chromium", "chromium-browser"]) {
      const candidate = path.join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

export const CHROME_PATH = findChromium();

/** True when the browser tests can run; use with `describe.skipIf(!hasBrowser)`. */
export const hasBrowser = CHROME_PATH !== undefined;

if (!hasBrowser) {
  if (process.env["REQUIRE_BROWSER"] === "1") {
    throw new Error(
      "REQUIRE_BROWSER=1 but no Chromium was found (checked CHROME_PATH, /usr/bin/chromium, " +
        "chromium on PATH). Install it with: apt-get install -y chromium (or set CHROME_PATH).",
    );
  }
  console.log(SKIP_MESSAGE);
}

/** Launch headless Chromium. Throws if none was found. */
export async function launchBrowser(): Promise<Browser> {
  if (!CHROME_PATH) throw new Error(SKIP_MESSAGE);
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
}

/** Throws a helpful error unless `distDir` holds a built site. */
export function assertDist(distDir: string = DIST_DIR): void {
  const index = path.join(distDir, "index.html");
  if (!existsSync(index)) {
    throw new Error(`No built site at ${distDir} (missing index.html). Run \`npm run build\` before \`npm run test:site\`.`);
  }
}

/** Sub-path the site was built for (astro.config.mjs reads the same SITE_BASE env); "/" by default. */
export const SITE_BASE = process.env["SITE_BASE"] ?? "/";

export interface SiteServer {
  /** Site URL with trailing slash, including SITE_BASE, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Origin without trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/** Serve `distDir` under SITE_BASE with scripts/serve.mjs (which applies its _headers) on 127.0.0.1 and a random free port. */
export async function startSiteServer(distDir: string = DIST_DIR, options: { headers?: HeadersOption } = {}): Promise<SiteServer> {
  assertDist(distDir);
  const server = await startServer({
    root: distDir,
    port: 0,
    host: "127.0.0.1",
    base: SITE_BASE,
    ...(options.headers ? { headers: options.headers } : {}),
  });
  return { url: server.url, origin: new URL(server.url).origin, close: server.close };
}

function isRedirectStub(file: string): boolean {
  // Astro's `redirects` emit tiny pages with <meta http-equiv="refresh">; they
  // navigate away immediately, so testing them would test their target (flakily).
  const head = readFileSync(file, "utf8").slice(0, 2048);
  return /<meta[^>]+http-equiv\s*=\s*["']?refresh/i.test(head);
}

/**
 * Every HTML page in `distDir` as a URL path, sorted: `dist/index.html` → `/`,
 * `dist/a/index.html` → `/a/`, `dist/404.html` → `/404.html`.
 * Skips pagefind's folder (dist/pagefind/) and meta-refresh redirect stubs.
 */
export function listPages(distDir: string = DIST_DIR): string[] {
  assertDist(distDir);
  const pages: string[] = [];
  const walk = (dir: string, urlDir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (urlDir === "/" && entry.name === "pagefind") continue;
        walk(full, `${urlDir}${entry.name}/`);
      } else if (entry.isFile() && entry.name.endsWith(".html")) {
        if (isRedirectStub(full)) continue;
        pages.push(entry.name === "index.html" ? urlDir : `${urlDir}${entry.name}`);
      }
    }
  };
  walk(distDir, "/");
  return pages.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Local path of the HTML file behind a URL path from listPages(). */
export function pageFile(pagePath: string, distDir: string = DIST_DIR): string {
  const rel = decodeURIComponent(pagePath).replace(/^\//, "");
  return path.join(distDir, pagePath.endsWith("/") ? `${rel}index.html` : rel);
}

/** Full URL of a listPages() path on the server (keeps the base sub-path). */
export function pageUrl(siteUrl: string, pagePath: string): string {
  return new URL(pagePath.replace(/^\/+/, ""), siteUrl).href;
}

/** Open `pagePath` (from listPages()) on `siteUrl`, failing on a non-2xx answer. */
export async function gotoPage(
  page: Page,
  siteUrl: string,
  pagePath: string,
  waitUntil: "load" | "networkidle" = "load",
): Promise<Response> {
  const url = pageUrl(siteUrl, pagePath);
  const response = await page.goto(url, { waitUntil });
  if (!response) throw new Error(`No response for ${url}`);
  if (!response.ok()) throw new Error(`${url} answered HTTP ${response.status()}`);
  return response;
}

/** Wait for web fonts and two animation frames so layout and colours have settled (needs JS on). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
}

const requireFromHere = createRequire(import.meta.url);
export const AXE_PATH = requireFromHere.resolve("axe-core/axe.min.js");
const AXE_SOURCE = readFileSync(AXE_PATH, "utf8");

function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function formatTarget(node: AxeNode): string {
  return node.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))).join(" | ");
}

/** One readable multi-line string per axe violation. */
export function formatViolations(violations: AxeResult[]): string[] {
  return violations.map((v) => {
    const lines = [`[${v.impact ?? "unknown"}] ${v.id}: ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}`];
    for (const node of v.nodes.slice(0, 3)) {
      lines.push(`    at ${formatTarget(node)}`);
      lines.push(`       ${clip(node.html)}`);
      if (node.failureSummary) lines.push(`       ${clip(node.failureSummary, 300)}`);
    }
    if (v.nodes.length > 3) lines.push(`    … and ${v.nodes.length - 3} more`);
    return lines.join("\n");
  });
}

/**
 * Inject axe-core into `page` (JS must be enabled) and return its violations,
 * formatted by formatViolations(). An empty array means no violations.
 */
export async function runAxe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>, so the pages' own
  // Content-Security-Policy (no inline scripts) does not block it.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    // Only ship what we format back to Node.
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      description: v.description,
      tags: v.tags,
      nodes: v.nodes.map((n) => ({
        html: n.html,
        target: n.target,
        failureSummary: n.failureSummary,
        any: [],
        all: [],
        none: [],
      })),
    }));
  });
  return formatViolations(results as unknown as AxeResult[]);
}

/**
 * One static server on dist/ and one Chromium for the describe block it is called in, closed after
 * it. Read `site.server` and `site.browser` inside tests and hooks (they are set in beforeAll).
 */
export function useSite(): { readonly server: SiteServer; readonly browser: Browser } {
  const site = {} as { server: SiteServer; browser: Browser };
  beforeAll(async () => {
    site.server = await startSiteServer();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
