// Helpers for tests that read built files by their URL: the site may be built under SITE_BASE.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DIST_DIR } from "./browser.ts";

export { pngSize } from "../fixtures/png-size.ts";

/** The base the site was built under (SITE_BASE), with a trailing slash. */
export const SITE_BASE = (process.env["SITE_BASE"] ?? "/").replace(/\/?$/, "/");

/** The file in dist/ behind a site URL or path (absolute or root-relative, with the base). */
export function distFile(url: string): string {
  const pathname = decodeURIComponent(new URL(url, "http://site.invalid/").pathname);
  if (!pathname.startsWith(SITE_BASE)) throw new Error(`${url} is outside the site's base ${SITE_BASE}`);
  const rel = pathname.slice(SITE_BASE.length);
  return path.join(DIST_DIR, rel.endsWith("/") || rel === "" ? `${rel}index.html` : rel);
}

/** The contents of a meta tag (`property` or `name`) in an HTML page, or undefined. */
export function metaContent(html: string, key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`, "i"))?.[1];
    if (attr("property") === key || attr("name") === key) {
      return attr("content")
        ?.replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">");
    }
  }
  return undefined;
}

/** The bytes of a built file. */
export const readDist = (url: string): Buffer => readFileSync(distFile(url));
