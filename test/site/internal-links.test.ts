// Every link from one page of the site to another lands on a page that exists and, when it names
// a section (#id), on an element with that id: the patient ↔ clinician "evidence in detail" and
// "plain version" links, glossary terms and the search page's list all depend on it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listPages, pageFile } from "./browser.ts";

const pages = listPages();
const ORIGIN = "http://site.invalid";
const html = new Map(pages.map((p) => [p, readFileSync(pageFile(p), "utf8")]));
const idsOf = (source: string) => new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** Internal hrefs of a page (no other origins, no downloads), resolved against the page. */
function internalLinks(pagePath: string, source: string): URL[] {
  return [...source.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)]
    .map((m) => new URL((m[1] ?? "").replace(/&amp;/g, "&"), ORIGIN + pagePath))
    .filter((url) => url.origin === ORIGIN && (url.pathname.endsWith("/") || url.pathname.endsWith(".html")));
}

describe("links between pages", () => {
  it.each(pages)("%s links only to pages and sections that exist", (pagePath) => {
    const broken: string[] = [];
    for (const url of internalLinks(pagePath, html.get(pagePath) ?? "")) {
      const target = html.get(url.pathname);
      if (target === undefined) broken.push(`${url.pathname}${url.hash}: no such page`);
      else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${url.pathname}${url.hash}: no element with that id`);
    }
    expect(broken, `${pagePath} has broken links:\n${broken.join("\n")}`).toEqual([]);
  });

  it("links every patient article to the clinician evidence, and the clinician article back to each", () => {
    const patient = pages.filter((p) => /data-audience="patients"/.test(html.get(p) ?? ""));
    const clinician = pages.filter((p) => /data-audience="clinicians"/.test(html.get(p) ?? ""));
    expect(patient.length).toBeGreaterThanOrEqual(3);
    for (const p of patient) {
      const targets = internalLinks(p, html.get(p) ?? "").map((u) => u.pathname);
      expect(
        clinician.some((c) => targets.includes(c)),
        `${p} links to no clinician article`,
      ).toBe(true);
    }
    const back = new Set(clinician.flatMap((c) => internalLinks(c, html.get(c) ?? "").map((u) => u.pathname)));
    for (const p of patient) expect(back.has(p), `no clinician article links back to ${p}`).toBe(true);
  });
});
