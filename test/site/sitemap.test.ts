// The sitemap lists every page that is its own canonical address, and nothing else: no embed page
// (a copy of its chart page), no 404 page, no redirect stub, and no address that was not built.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listPages, pageFile } from "./browser.ts";
import { metaContent, readDist, SITE_BASE } from "./site-files.ts";

const pages = listPages().map((p) => ({ path: p, html: readFileSync(pageFile(p), "utf8") }));
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

function sitemapUrls(): string[] {
  const index = readDist(`${SITE_BASE}sitemap-index.xml`).toString("utf8");
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, sitemap]) =>
    [
      ...readDist(sitemap!)
        .toString("utf8")
        .matchAll(/<loc>([^<]+)<\/loc>/g),
    ].map(([, url]) => url!),
  );
}

describe("sitemap", () => {
  const listed = sitemapUrls();

  it("lists each page whose canonical address is itself, once", () => {
    const own = pages
      .map((p) => canonicalOf(p.html))
      .filter((c, i): c is string => c !== undefined && new URL(c).pathname === SITE_BASE + pages[i]!.path.slice(1));
    expect([...listed].sort()).toEqual([...new Set(own)].sort());
  });

  it("leaves out embed pages, whose canonical is their chart page, and pages kept out of search", () => {
    expect(listed.filter((u) => new URL(u).pathname.startsWith(`${SITE_BASE}embed/`))).toEqual([]);
    const noindex = pages.filter((p) => metaContent(p.html, "robots") === "noindex").map((p) => p.path);
    expect(noindex.length).toBeGreaterThan(0);
    expect(listed.filter((u) => noindex.some((p) => new URL(u).pathname === SITE_BASE + p.slice(1)))).toEqual([]);
  });
});
