// Site search: the header box leads to /search/, Pagefind finds the expected articles, charts and
// tables stay out of the index, and without JavaScript /search/ lists every page.
import { existsSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST_DIR, gotoPage, hasBrowser, listPages, runAxe, useSite } from "./browser.ts";

/** Result paths, in order, once the search page has answered `query`. */
async function search(page: Page, baseUrl: string, query: string): Promise<string[]> {
  await gotoPage(page, baseUrl, `/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /result/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  return page.locator(".search-results__title a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.skipIf(!hasBrowser)("search", () => {
  const site = useSite();

  it("has a Pagefind index in dist/ (npm run build runs Pagefind)", () => {
    expect(existsSync(path.join(DIST_DIR, "pagefind", "pagefind.js")), "dist/pagefind/pagefind.js is missing: run `npm run build`").toBe(
      true,
    );
  });

  describe("with JavaScript", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext();
      page = await context.newPage();
    });
    afterAll(async () => context?.close());

    it('the header search box works from the keyboard and finds the patient guide first for "refer yourself"', async () => {
      await gotoPage(page, site.server.url, "/what-the-study-found/");
      for (let i = 0; i < 10 && !(await page.locator("#site-search-query").evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press("Tab");
      }
      expect(await page.locator("#site-search-query").evaluate((el) => el === document.activeElement), "search box reached by Tab").toBe(
        true,
      );
      await page.keyboard.type("refer yourself");
      await page.keyboard.press("Enter");
      await page.waitForURL("**/search/?q=refer+yourself");
      await page.waitForFunction(() => /result/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
      const first = page.locator(".search-results__title a").first();
      expect(new URL((await first.getAttribute("href")) ?? "", site.server.url).pathname).toBe("/what-is-social-prescribing/");
      expect(await page.locator("[data-search-status]").textContent()).toMatch(/^\d+ results? for “refer yourself”$/);
    });

    it("finds the patient articles about loneliness, one of them in the first three results", async () => {
      const results = await search(page, site.server.url, "loneliness");
      expect(results).toContain("/why-groups-and-belonging-matter/");
      expect(results).toContain("/what-happened-in-the-study/");
      const patientArticles = ["/what-happened-in-the-study/", "/why-groups-and-belonging-matter/"];
      expect(
        results.slice(0, 3).some((r) => patientArticles.includes(r)),
        `top three: ${results.slice(0, 3).join(", ")}`,
      ).toBe(true);
    });

    it("keeps chart drawings, chart descriptions, tables and in-place definitions out of the index", async () => {
      await gotoPage(page, site.server.url, "/search/");
      // The text Pagefind indexed for each page (fuzzy matching makes "finds nothing" an unreliable test).
      // Passed as a string: vitest would rewrite a dynamic import() inside a function.
      const indexed = (await page.evaluate(`(async () => {
        const pf = await import(${JSON.stringify(new URL("pagefind/pagefind.js", site.server.url).href)});
        const found = await pf.search('study');
        const data = await Promise.all(found.results.map((r) => r.data()));
        return Object.fromEntries(data.map((d) => [new URL(d.url, location.href).pathname, d.content]));
      })()`)) as Record<string, string>;
      const clinician = indexed["/what-the-study-found/"] ?? "";
      expect(clinician, "chart titles are indexed").toContain("Most people who started did not answer the later surveys");
      // "headcount" is only in the link-worker chart's table; "Horizontal bars" opens a chart description.
      expect(clinician).not.toContain("headcount");
      expect(clinician).not.toContain("Horizontal bars");
      expect(indexed["/what-happened-in-the-study/"] ?? "", "definitions under <Term>").not.toContain(
        "People dropping out of a study over time",
      );
      expect(indexed["/glossary/"] ?? "", "the glossary itself").toContain("People dropping out of a study over time");
    });

    it('puts the patient guide in the first two results for "link worker" (the review of link-worker trials may come first)', async () => {
      const paths = await search(page, site.server.url, "link worker");
      expect(paths.slice(0, 2)).toContain("/what-is-social-prescribing/");
    });

    it("passes axe with results shown, in light and dark schemes", async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await search(page, site.server.url, "link worker");
        const violations = await runAxe(page);
        expect(violations, `axe (${colorScheme}, with results):\n${violations.join("\n")}`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: "light" });
    });

    it("types into the page’s own box, updating results and the address as the reader types", async () => {
      await gotoPage(page, site.server.url, "/search/");
      await page.locator("#search-query").fill("attrition");
      await page.waitForFunction(() => /result/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
      expect(new URL(page.url()).searchParams.get("q")).toBe("attrition");
      expect(await page.locator(".search-results__title a").count()).toBeGreaterThan(0);
    });

    it('with no results, points to the patient pages and to "If you need help now" (and hides that once results come)', async () => {
      await gotoPage(page, site.server.url, "/search/?q=xylophone");
      await page.waitForFunction(() => /No results/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
      const empty = page.locator("[data-search-empty]");
      expect(await empty.isVisible()).toBe(true);
      const links = await empty
        .locator("a")
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
      expect(links).toContain("/what-is-social-prescribing/#if-you-need-help-now");
      for (const article of ["/what-is-social-prescribing/", "/what-happened-in-the-study/", "/why-groups-and-belonging-matter/"])
        expect(links).toContain(article);
      const violations = await runAxe(page);
      expect(violations, `axe (no results):\n${violations.join("\n")}`).toEqual([]);
      await page.locator("#search-query").fill("loneliness");
      await page.waitForFunction(
        () =>
          /result/.test(document.querySelector("[data-search-status]")?.textContent ?? "") &&
          !/No results/.test(document.querySelector("[data-search-status]")?.textContent ?? ""),
      );
      expect(await empty.isVisible()).toBe(false);
    });
  });

  describe("without JavaScript", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({ javaScriptEnabled: false });
      page = await context.newPage();
    });
    afterAll(async () => context?.close());

    it("the header search leads to /search/, which says why and links to every page on the site", async () => {
      await gotoPage(page, site.server.url, "/");
      await page.locator("#site-search-query").fill("loneliness");
      await page.locator("#site-search-query").press("Enter");
      await page.waitForURL("**/search/?q=loneliness");
      expect(await page.locator("[data-search-status]").textContent()).toContain("Search needs JavaScript");
      const linked = new Set(
        await page.locator(".all-pages a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      );
      // Embed pages are made for other sites' iframes; their chart pages are listed instead.
      const missing = listPages().filter((p) => p !== "/search/" && p !== "/404.html" && !p.startsWith("/embed/") && !linked.has(p));
      expect(
        missing,
        `pages missing from the list on /search/ (add them to OTHER_PAGES in src/components/site/AllPages.astro):\n${missing.join("\n")}`,
      ).toEqual([]);
    });
  });
});
