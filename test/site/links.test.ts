// Every internal link and #anchor resolves, every image has alt text, and the HTML validates.
// External links are listed in test-results/external-links.txt, never fetched.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from "html-validate";
import { describe, expect, it } from "vitest";
import { DIST_DIR, REPO_ROOT, SITE_BASE, listPages, pageFile } from "./browser.ts";
import { checkLinks } from "./links.ts";

const pages = listPages();
const withBase = pages.map((p) => SITE_BASE.replace(/\/$/, "") + p);

describe("links", () => {
  const report = checkLinks(DIST_DIR, withBase, SITE_BASE);

  it("resolve to a page, file or anchor that exists", () => {
    expect(report.broken).toEqual([]);
  });

  it("stay under the site base path", () => {
    expect(report.outsideBase).toEqual([]);
  });

  it("give every image alt text", () => {
    expect(report.missingAlt).toEqual([]);
  });

  it("are listed when they leave the site", () => {
    mkdirSync(join(REPO_ROOT, "test-results"), { recursive: true });
    const list = [...report.external].sort();
    writeFileSync(join(REPO_ROOT, "test-results", "external-links.txt"), `${list.join("\n")}\n`);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((u) => /^https?:\/\//.test(u))).toBe(true);
  });
});

describe("HTML", () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const format = formatterFactory("text");

  it.each(pages)("%s validates", async (path) => {
    const result = await validator.validateFile(pageFile(path));
    expect(result.valid ? "" : format(result.results), path).toBe("");
  });
});
