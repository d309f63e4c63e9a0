// The built patient pages (issue 11): short titles, the guide's sections in NHS.UK order, help-now
// numbers exactly as in data/help-now.csv, no researcher furniture (wave codes, chart downloads,
// embed or citation links, statistics notes, the attrition chart, the paper's citation in the
// footer), and a "Report a problem with this page" link on every page. Reads dist/; no browser.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { getResource } from "../../src/data/index.ts";
import { siteData } from "../../src/site/data.ts";
import { listPages, pageFile } from "./browser.ts";

const pages = listPages();
const doc = (pagePath: string) => parseHTML(readFileSync(pageFile(pagePath), "utf8")).document;
const patientPages = pages.filter((p) => doc(p).querySelector('article[data-audience="patients"]'));
const GUIDE = "/what-is-social-prescribing/";
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("patient pages, as built", () => {
  it("are the three patient articles", () => {
    expect(patientPages.sort()).toEqual([
      "/what-happened-in-the-study/",
      "/what-is-social-prescribing/",
      "/why-groups-and-belonging-matter/",
    ]);
  });

  it.each(patientPages)("%s has an <h1> and a <title> of at most 60 characters", (p) => {
    const d = doc(p);
    expect(text(d.querySelector("h1")).length).toBeLessThanOrEqual(60);
    expect(text(d.querySelector("title")).length).toBeLessThanOrEqual(60);
  });

  it("the guide has the NHS.UK sections in order: what it is, who it is for, how to get it, what happens, what if it does not help, help now", () => {
    const ids = [...doc(GUIDE).querySelectorAll(".prose h2")].map((h) => h.id);
    const order = [
      "what-is-social-prescribing",
      "who-is-it-for",
      "how-do-i-get-social-prescribing",
      "what-happens-when-i-meet-a-link-worker",
      "what-kind-of-groups-and-support-are-there",
      "what-if-it-is-not-for-me-or-it-does-not-help",
      "if-you-need-help-now",
    ];
    expect(ids.filter((id) => order.includes(id))).toEqual(order);
    const guide = text(doc(GUIDE).querySelector(".prose"));
    expect(guide).toMatch(/refer yourself/i);
    expect(guide).toContain("not a replacement for medical care");
    expect(guide).toContain("personalised care and support plan");
  });

  it("the guide shows each help-now number from data/help-now.csv, as a link to call it", () => {
    const rows = getResource(siteData(), "help-now").rows;
    const d = doc(GUIDE);
    const items = [...d.querySelectorAll("#if-you-need-help-now ~ [data-help-now] [data-help-now-service]")];
    expect(items.map((li) => li.getAttribute("data-help-now-service"))).toEqual(rows.map((r) => r.id));
    for (const row of rows) {
      const item = d.querySelector(`[data-help-now-service="${row.id}"]`);
      expect(text(item?.querySelector("[data-help-now-phone]"))).toBe(row.phone);
      expect(item?.querySelector("a.help-now__call")?.getAttribute("href")).toBe(`tel:${row.phone.replace(/\s/g, "")}`);
      expect(text(item)).toContain(row.when_to_call);
      const source = getResource(siteData(), "help-now").resource.sources.find((s) => s.id === row.source_id);
      expect(item?.querySelector(`a[href="${source?.path}"]`), `${row.id} links to its source`).not.toBeNull();
    }
  });

  it.each(patientPages)('%s has one "How sure are we?" box that links to the clinician detail', (p) => {
    const boxes = doc(p).querySelectorAll("[data-evidence-box]");
    expect(boxes.length).toBe(1);
    expect(text(boxes[0]?.querySelector("h2"))).toBe("How sure are we?");
    expect(boxes[0]?.querySelector('a[href^="../what-the-study-found/"]')).not.toBeNull();
  });

  it.each(patientPages)("%s shows no wave codes, statistics notes, chart downloads, embed or cite links", (p) => {
    const d = doc(p);
    const main = d.querySelector("main");
    for (const s of main?.querySelectorAll("script, style") ?? []) s.remove();
    const words = text(main);
    expect(words).not.toMatch(/\bT[012]\b/);
    expect(words).not.toMatch(/p values?\b|coefficient/i);
    const hrefs = [...(main?.querySelectorAll("a[href]") ?? [])].map((a) => a.getAttribute("href") ?? "");
    expect(hrefs.filter((h) => /\/(embed|charts)\/|\.(svg|png|csv|json|bib|ris)$/.test(h))).toEqual([]);
    expect(
      d.querySelector(
        '.chart__permalink, .chart__notes, [data-chart="participant-flow"], [data-chart="participant-flow-shares"], [data-chart="link-workers-england"]',
      ),
    ).toBeNull();
  });

  it("the footer cites the paper on clinician, press and chart pages only", () => {
    for (const p of pages) {
      const cited = doc(p).querySelector("#footer-cite") !== null;
      const audience = doc(p).querySelector("[data-audience]")?.getAttribute("data-audience");
      const expected =
        audience === "clinicians" || audience === "press" || p === "/clinicians/" || p === "/press/" || p.startsWith("/charts/");
      expect(cited, p).toBe(expected);
    }
  });

  it('every page has a "Report a problem with this page" link (to /about/#report-a-problem in a build with no tracker set)', () => {
    const about = doc("/about/");
    expect(about.getElementById("report-a-problem")).not.toBeNull();
    for (const p of pages.filter((x) => !x.startsWith("/embed/"))) {
      const link = doc(p).querySelector("a[data-report-problem]");
      expect(text(link), p).toBe("Report a problem with this page");
      const to = link?.getAttribute("href") ?? "";
      if (!process.env["ISSUE_TRACKER_URL"])
        expect(new URL(to, "http://site.invalid/").pathname + new URL(to, "http://site.invalid/").hash).toMatch(
          /\/about\/#report-a-problem$/,
        );
      else {
        const url = new URL(to);
        expect(url.href.startsWith(`${process.env["ISSUE_TRACKER_URL"].replace(/\/+$/, "")}/new?`), p).toBe(true);
        if (p.endsWith("/")) expect(url.searchParams.get("body"), p).toContain(`${p}\n`);
      }
    }
  });
});
