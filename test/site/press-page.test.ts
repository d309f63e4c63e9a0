// The press page: written for press, with every claim's verdict in one list at the top, the whole claims
// ledger from data/ with ClaimReview metadata, the GP-visits box with each figure's design, and the key
// charts ready to reuse; the press releases' percentage appears only where it is quoted and attributed.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { getResource } from "../../src/data/index.ts";
import { siteData } from "../../src/site/data.ts";
import { DOWNLOAD_KINDS } from "../../src/downloads/chart-files.ts";
import { CLAIM_STATUS } from "../../src/lib/claim-status.ts";
import { gotoPage, hasBrowser, pageFile, useSite } from "./browser.ts";

const { document } = parseHTML(readFileSync(pageFile("/press/"), "utf8"));
const claims = getResource(siteData(), "press-claims").rows;

describe("/press/", () => {
  it("is an article for the press audience", () => {
    expect(document.querySelector("main > article")?.getAttribute("data-audience")).toBe("press");
  });

  it("quotes every claim of the ledger word for word, in order, with its assessment", () => {
    const items = [...document.querySelectorAll("li.claim")];
    expect(items.map((li) => li.id)).toEqual(claims.map((c) => `claim-${c.id}`));
    items.forEach((li, i) => {
      const claim = claims[i]!;
      expect(li.querySelector("blockquote")?.textContent?.trim()).toBe(`“${claim.claim}”`);
      expect(li.querySelector("dl")?.textContent).toContain(claim.caveat);
    });
  });

  it("shows the press releases' percentage only inside the ledger, where it is quoted and attributed", () => {
    const main = document.querySelector("main")!;
    const walker = document.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
    const outside: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Allowed: the ledger's rows, the verdict list (the release's words, rated "Not verifiable") and the
      // GP-visits box's press-release row (quoted, attributed, with its design).
      const where = node.parentElement?.closest("li.claim, li.verdict, li.service-use__item--press");
      if (/25\s?%/.test(node.textContent ?? "") && !where) outside.push(node.textContent ?? "");
    }
    expect(outside).toEqual([]);
  });

  it("offers each key chart with its downloads and embed code", () => {
    const charts = [...document.querySelectorAll(".press__chart")];
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.querySelectorAll("a[download]").length).toBe(DOWNLOAD_KINDS.length);
      const code = chart.querySelector('textarea[id$="-embed-code"]');
      expect(code?.hasAttribute("readonly")).toBe(true);
      expect(chart.querySelector(`label[for="${code?.id}"]`)?.textContent).toMatch(/^Embed code for/);
    }
  });

  it("cites the paper with its DOI", () => {
    expect(document.querySelector("#references")?.parentElement?.textContent).toContain("https://doi.org/10.1177/1359105320944991");
  });

  it('lists every claim\'s verdict at the top, each linking to its row, the 25% claim leading with "Not verifiable"', () => {
    const items = [...document.querySelectorAll("ol.verdicts li.verdict")];
    expect(items).toHaveLength(claims.length);
    items.forEach((li, i) => {
      const claim = claims[i]!;
      expect(li.querySelector("a")?.getAttribute("href")).toBe(`#claim-${claim.id}`);
      expect(li.querySelector(".verdict__status")?.textContent?.replace("Verdict:", "").trim()).toBe(CLAIM_STATUS[claim.status].label);
    });
    const quarter = items[claims.findIndex((c) => c.claim.includes("25%"))]!;
    expect(quarter.querySelector(".verdict__status")?.textContent).toContain("Not verifiable");
    expect(quarter.querySelector(".verdict__line")?.textContent).toMatch(/^the 25% figure.*The direction is supported/);
    // The verdict list comes before the ledger and the charts.
    const order = ["verdicts", "key-charts", "claims-ledger"].map((id) =>
      [...document.querySelectorAll("h2")].findIndex((h) => h.id === id),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("defines every verdict it uses, on the page", () => {
    const defined = [...document.querySelectorAll(".claim-key dt")].map((dt) => dt.textContent?.trim());
    for (const status of new Set(claims.map((c) => c.status))) expect(defined).toContain(CLAIM_STATUS[status].label);
    expect(defined.length).toBeLessThanOrEqual(5);
  });

  it("says when the ledger was last updated and when it is next reviewed", () => {
    expect(document.querySelector(".press-dates time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.querySelector("#claims-ledger")?.parentElement?.querySelector(".review-dates")?.textContent).toMatch(
      /Page last reviewed.*Next review due/s,
    );
  });

  it("says where to find the press office and the corresponding author, from the release and the paper's record", () => {
    const contacts = document.querySelector("#contacts")?.parentElement;
    const links = [...(contacts?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"));
    expect(links).toEqual(
      expect.arrayContaining([expect.stringMatching(/ntu\.ac\.uk\/.*2020\/07\//), expect.stringMatching(/researchportal\.hw\.ac\.uk/)]),
    );
    expect(contacts?.textContent).toContain("Juliet Ruth Helen Wakefield");
    expect(contacts?.textContent).not.toMatch(/@|\+44|\b0\d{3,4} ?\d{3}/);
  });

  it("describes each claim as a schema.org ClaimReview by this site, of the claim as it appeared in the release", () => {
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent ?? "") as unknown,
    );
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read back as parsed, nested JSON
    type Json = Record<string, any>;
    const reviews = blocks.flat().filter((b) => (b as { "@type"?: string })["@type"] === "ClaimReview") as Json[];
    expect(reviews).toHaveLength(claims.length);
    reviews.forEach((review, i) => {
      const claim = claims[i]!;
      expect(review["claimReviewed"]).toBe(claim.claim);
      expect(review["reviewRating"]["alternateName"]).toBe(CLAIM_STATUS[claim.status].label);
      expect(review["itemReviewed"]["appearance"]["url"]).toMatch(/ntu\.ac\.uk\/.*2020\/07\//);
      expect(review["author"]["name"]).toBe("Social Cure Explained");
      expect(review["url"]).toMatch(new RegExp(`/press/#claim-${claim.id}$`));
    });
  });

  it('answers "Does social prescribing cut GP visits?" with every §10.5 figure and its design, controlled trials first', () => {
    const box = document.querySelector("section.service-use");
    expect(box?.querySelector("h2")?.textContent).toBe("Does social prescribing cut GP visits? It depends on the study design");
    const figures = getResource(siteData(), "service-use-figures").rows.sort((a, b) => a.order - b.order);
    const items = [...(box?.querySelectorAll("li.service-use__item") ?? [])];
    expect(items).toHaveLength(figures.length);
    items.forEach((li, i) => {
      expect(li.querySelector("blockquote")?.textContent?.trim()).toBe(`“${figures[i]!.finding}”`);
      expect(li.textContent).toContain(figures[i]!.design);
    });
    expect(items[0]?.classList.contains("service-use__item--controlled")).toBe(true);
  });
});

describe.skipIf(!hasBrowser)("/press/ in the browser", () => {
  const site = useSite();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('stacks the "Words to use" table on a phone, so no word is cut off', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoPage(page, site.server.url, "/press/");
    const overflow = await page.evaluate(() => {
      const table = document.querySelector(".data-table--stack")!;
      return { table: table.scrollWidth - table.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
    });
    expect(overflow.table).toBeLessThanOrEqual(1);
    expect(overflow.page).toBeLessThanOrEqual(0);
  });

  it('keeps "On this page" current as the reader scrolls', async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await gotoPage(page, site.server.url, "/press/");
    await page.locator("#claims-ledger").scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById("claims-ledger")!.scrollIntoView({ block: "start" }));
    await expect.poll(() => page.locator('.press__contents a[aria-current="location"]').getAttribute("href")).toBe("#claims-ledger");
    await page.evaluate(() => document.getElementById("references")!.scrollIntoView({ block: "start" }));
    await expect.poll(() => page.locator('.press__contents a[aria-current="location"]').getAttribute("href")).toBe("#references");
    expect(await page.locator(".press__contents a[aria-current]").count()).toBe(1);
  });
});
