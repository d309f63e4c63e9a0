// The Atom feed, read by a real feed parser, linked from every page; and oEmbed discovery on each
// chart page, pointing at a static oEmbed 1.0 response whose iframe is the chart's embed page.
import { readFileSync } from "node:fs";
import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { pagesInDist } from "../../src/build/pages-in-dist.ts";
import { CHART_IDS } from "../../src/site/charts.ts";
import { assertDist, DIST_DIR } from "./browser.ts";
import { distFile, SITE_BASE } from "./site-files.ts";

assertDist();
const html = (page: string) => readFileSync(distFile(page), "utf8");
const linkHref = (page: string, type: string) =>
  html(page)
    .match(new RegExp(`<link\\b[^>]*type="${type.replace("+", "\\+")}"[^>]*>`))?.[0]
    .match(/href="([^"]+)"/)?.[1];
// Redirect pages for renamed ids and the embed pages are not reading pages.
const readingPages = pagesInDist(DIST_DIR, SITE_BASE).filter(
  (p) => !p.startsWith(`${SITE_BASE}embed/`) && !/http-equiv="refresh"/.test(html(p)),
);

describe("the Atom feed", () => {
  const feed = parseFeed(readFileSync(distFile(`${SITE_BASE}feed.xml`), "utf8"));

  it("parses as Atom with a real feed parser, and lists every article with its address", () => {
    expect(feed.meta.type).toBe("atom");
    const articles = readingPages.filter(
      (p) => /data-audience="(patients|clinicians|press)"[^>]*data-pagefind-body/.test(html(p)) && /<article class="article"/.test(html(p)),
    );
    expect(feed.items.length).toBeGreaterThanOrEqual(articles.length);
    for (const page of articles)
      expect(
        feed.items.map((i) => new URL(i.url ?? "").pathname),
        page,
      ).toContain(page);
    for (const item of feed.items) expect(item.title && item.id && item.updated, item.url ?? "").toBeTruthy();
  });

  it("is linked from every page's <head>", () => {
    for (const page of readingPages) expect(linkHref(page, "application/atom+xml"), page).toBe(`${SITE_BASE}feed.xml`);
  });
});

describe("oEmbed", () => {
  it.each(CHART_IDS)("%s: its page links a static oEmbed 1.0 response for a rich iframe embed", (id) => {
    const href = linkHref(`${SITE_BASE}charts/${id}/`, "application/json+oembed");
    expect(href).toBeDefined();
    const body = JSON.parse(readFileSync(distFile(new URL(href ?? "").pathname), "utf8")) as Record<string, unknown>;
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Social Cure Explained" });
    expect(typeof body["width"]).toBe("number");
    expect(typeof body["height"]).toBe("number");
    expect(String(body["title"]).length).toBeGreaterThan(10);
    const src = String(body["html"]).match(/^<iframe src="([^"]+)"[^>]*><\/iframe>$/)?.[1];
    expect(new URL(src ?? "").pathname).toBe(`${SITE_BASE}embed/${id}/`);
    expect(html(`${SITE_BASE}embed/${id}/`)).toContain("data-embed-root");
  });
});
