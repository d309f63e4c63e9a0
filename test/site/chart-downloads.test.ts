// Every chart page's download links resolve to files that parse: well-formed SVG, a PNG at twice the
// SVG's size, a CSV equal to the plotted table, JSON metadata with licence, DOI and permalink.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS, getChart } from "../../src/site/charts.ts";
import { CHART_REDIRECTS } from "../../src/charts/redirects.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { JHP_2022 } from "../../src/citation/papers.ts";
import { csvCellValue } from "../../src/lib/cell-format.ts";
import { DIST_DIR, hasBrowser, launchBrowser } from "./browser.ts";
import { distFile, pngSize, readDist, SITE_BASE } from "./site-files.ts";

/** The download links of a built chart page: href, download name and link text. */
function downloadLinks(html: string): { href: string; name: string; text: string }[] {
  return [...html.matchAll(/<a\b([^>]*\bdownload\b[^>]*)>([\s\S]*?)<\/a>/g)].map(([, attrs = "", inner = ""]) => ({
    href: attrs.match(/\bhref="([^"]*)"/)?.[1] ?? "",
    name: attrs.match(/\bdownload="([^"]*)"/)?.[1] ?? "",
    text: inner
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  }));
}

const chartPage = (id: string) => readFileSync(distFile(`${SITE_BASE}charts/${id}/`), "utf8");

describe("chart pages in dist/", () => {
  it("exist for every chart id and every retired id (a redirect page), and nothing else sits in /charts/", () => {
    const dirs = readdirSync(path.join(DIST_DIR, "charts"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(dirs.sort()).toEqual([...CHART_IDS, ...Object.keys(CHART_REDIRECTS)].sort());
  });
});

describe.each(CHART_IDS)("downloads of %s", (id) => {
  const links = downloadLinks(chartPage(id));
  const own = (ext: string) => {
    const link = links.find((l) => l.name === `${id}.${ext}`);
    if (!link) throw new Error(`/charts/${id}/ has no download link for ${id}.${ext}`);
    return link;
  };
  const model = getChart(id);

  it("links each file with its type and size in the link text, and every link resolves", () => {
    for (const ext of ["png", "svg", "csv", "json"]) {
      const link = own(ext);
      const kb = Math.max(1, Math.ceil(readDist(link.href).length / 1024));
      expect(link.text).toMatch(new RegExp(`^Download ${ext.toUpperCase()} \\(.+, ${kb} KB\\)`));
    }
    for (const link of links) expect(() => readDist(link.href), link.href).not.toThrow();
  });

  it("has a CSV holding exactly the plotted rows, at the precision the table shows", () => {
    const [header, ...rows] = parseCsv(readDist(own("csv").href).toString("utf8")).map((r) => r.cells);
    expect(header).toHaveLength(model.table.columns.length);
    expect(rows).toEqual(model.table.rows.map((row) => model.table.columns.map((c) => csvCellValue(row[c.key], c.format, c.decimals))));
  });

  it("has JSON holding the same rows at full precision", () => {
    const json = JSON.parse(readDist(own("json").href).toString("utf8"));
    expect(json.rows).toEqual(model.table.rows);
    expect(json.precision).toMatch(/^Rows are at full precision/);
  });

  it("has JSON metadata with the title, sources, licence, DOI and permalink", () => {
    const json = JSON.parse(readDist(own("json").href).toString("utf8"));
    expect(json.title).toBe(model.title);
    expect(json.sources.map((s: { url: string }) => s.url)).toEqual(model.sources.map((s) => s.path));
    expect(json.licence.name).toBe("CC BY 4.0");
    expect(json.paper.doi).toBe(JHP_2022.doi);
    expect(new URL(json.url).pathname).toBe(`${SITE_BASE}charts/${id}/`);
  });

  it("has a PNG at twice the size of the SVG", () => {
    const svg = readDist(own("svg").href).toString("utf8");
    const [, width, height] = svg.match(/<svg[^>]*\bwidth="(\d+)" height="(\d+)"/) ?? [];
    expect(pngSize(readDist(own("png").href))).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
  });
});

describe.skipIf(!hasBrowser)("SVG downloads in a strict XML parser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(CHART_IDS)("%s.svg is well-formed XML with an <svg> root that has a title", async (id) => {
    const svg = readDist(`${SITE_BASE}charts/${id}/${id}.svg`).toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const error = doc.querySelector("parsererror");
      return {
        error: error?.textContent ?? null,
        root: doc.documentElement.localName,
        title: doc.querySelector("svg > title")?.textContent ?? "",
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    expect(parsed.title).toBe(getChart(id).title);
  });
});
