// Link checking over a built site, without a browser: every internal link and #anchor must resolve.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

export interface LinkReport {
  /** "page: href" for every internal link whose target or anchor does not exist. */
  broken: string[];
  /** Every external URL linked, for the report (never fetched by tests). */
  external: Set<string>;
  /** "page: <img src>" for images without an alt attribute. */
  missingAlt: string[];
  /** "page: url" for root-relative URLs that ignore the site's base path. */
  outsideBase: string[];
}

const idsCache = new Map<string, Set<string>>();

function fileFor(dist: string, pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname).replace(/^\//, "");
  for (const candidate of [join(dist, rel), join(dist, rel, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    ids = new Set([...document.querySelectorAll("[id]")].map((e) => e.getAttribute("id") ?? ""));
    for (const a of document.querySelectorAll("a[name]")) ids.add(a.getAttribute("name") ?? "");
    idsCache.set(file, ids);
  }
  return ids;
}

/**
 * Checks every page of a built site. `pages` are URL paths under `base` (as listPages() gives them
 * with the base prefixed); `dist` is the folder that holds what is served at `base`; `siteOrigin`
 * is the origin the site was built for (SITE_URL), whose absolute URLs count as internal.
 */
export function checkLinks(
  dist: string,
  pages: string[],
  base = "/",
  siteOrigin = new URL(process.env["SITE_URL"] ?? "http://localhost:4321").origin,
): LinkReport {
  const report: LinkReport = { broken: [], external: new Set(), missingAlt: [], outsideBase: [] };
  const origin = "http://site.invalid";
  for (const pagePath of pages) {
    const pageUrl = new URL(pagePath, origin);
    const file = fileFor(dist, pagePath.slice(base.length - 1));
    if (!file) {
      report.broken.push(`${pagePath}: page file missing`);
      continue;
    }
    const { document } = parseHTML(readFileSync(file, "utf8"));
    const urls = [
      ...[...document.querySelectorAll("a[href], link[href]")].map((e) => e.getAttribute("href") ?? ""),
      ...[...document.querySelectorAll("img[src], script[src], iframe[src], source[src]")].map((e) => e.getAttribute("src") ?? ""),
      ...[...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map(
        (e) => e.getAttribute("content") ?? "",
      ),
    ];
    for (const img of document.querySelectorAll("img")) {
      if (!img.hasAttribute("alt")) report.missingAlt.push(`${pagePath}: <img src="${img.getAttribute("src")}">`);
    }
    for (const raw of urls) {
      if (raw === "" || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      // Absolute URLs of the site itself (canonical, og:image) are checked like internal links.
      if (url.origin !== origin && url.origin !== siteOrigin) {
        report.external.add(url.href);
        continue;
      }
      if (raw.startsWith("/") && !raw.startsWith(base)) report.outsideBase.push(`${pagePath}: ${raw}`);
      if (!url.pathname.startsWith(base)) {
        report.broken.push(`${pagePath}: ${raw} (outside ${base})`);
        continue;
      }
      const target = fileFor(dist, url.pathname.slice(base.length - 1));
      if (!target) {
        report.broken.push(`${pagePath}: ${raw} (no such file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith(".html") && !idsIn(target).has(anchor)) {
        report.broken.push(`${pagePath}: ${raw} (no element with id "${anchor}")`);
      }
    }
  }
  return report;
}
