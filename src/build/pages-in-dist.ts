import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * URL paths of every HTML page in a built site, e.g. "/", "/about/", "/404.html", under `base`.
 * Pagefind's own files are not pages.
 */
export function pagesInDist(dist: string, base = "/"): string[] {
  const root = base.replace(/\/?$/, "/");
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((p) => !p.startsWith("pagefind/"))
    .map((p) => root + (p === "index.html" ? "" : p.endsWith("/index.html") ? p.slice(0, -"index.html".length) : p))
    .sort();
}
