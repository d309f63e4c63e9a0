// Every page has Open Graph and Twitter card tags, and every og:image is a built 1200×630 PNG.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/site/charts.ts";
import { listPages, pageFile } from "./browser.ts";
import { metaContent, pngSize, readDist, SITE_BASE } from "./site-files.ts";

const pages = listPages().map((p) => ({ path: p, html: readFileSync(pageFile(p), "utf8") }));

describe("link previews", () => {
  it.each(pages.map((p) => [p.path, p.html]))("%s has Open Graph and Twitter card tags", (_, html) => {
    for (const key of ["og:title", "og:description", "og:image", "og:image:alt", "twitter:image"]) {
      expect(metaContent(html, key), key).toBeTruthy();
    }
    // og:url is the page's canonical address; a page without one (the 404 page) claims none.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(metaContent(html, "og:url")).toBe(canonical);
    expect(canonical !== undefined || metaContent(html, "robots") === "noindex").toBe(true);
    expect(metaContent(html, "twitter:card")).toBe("summary_large_image");
    expect(metaContent(html, "twitter:image")).toBe(metaContent(html, "og:image"));
    expect([metaContent(html, "og:image:width"), metaContent(html, "og:image:height")]).toEqual(["1200", "630"]);
  });

  const images = [...new Set(pages.map((p) => metaContent(p.html, "og:image") ?? ""))];

  it.each(images)("%s exists and is a 1200×630 PNG", (image) => {
    expect(new URL(image).protocol).toMatch(/^https?:$/);
    expect(pngSize(readDist(image))).toEqual({ width: 1200, height: 630 });
  });

  it("gives each chart page and each embed page the card of its own chart", () => {
    for (const id of CHART_IDS) {
      for (const page of [`${SITE_BASE}charts/${id}/`, `${SITE_BASE}embed/${id}/`]) {
        const html = pages.find((p) => SITE_BASE + p.path.slice(1) === page)?.html ?? "";
        expect(new URL(metaContent(html, "og:image") ?? "http://x/").pathname, page).toBe(`${SITE_BASE}social/chart-${id}.png`);
      }
    }
  });

  it("gives each article the card of the article", () => {
    const articles = pages.filter((p) => metaContent(p.html, "og:type") === "article");
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      expect(new URL(metaContent(article.html, "og:image") ?? "http://x/").pathname).toBe(
        `${SITE_BASE}social/article-${article.path.replace(/\//g, "")}.png`,
      );
    }
  });
});
