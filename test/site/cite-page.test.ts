// "Cite this page" on every article: APA, BibTeX and RIS with the page's own title, date and address,
// agreeing with its Highwire tags; on patient pages a small collapsed block at the very foot.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { listPages, pageFile } from "./browser.ts";
import { metaContent } from "./site-files.ts";

const articles = listPages()
  .map((path) => ({ path, html: readFileSync(pageFile(path), "utf8") }))
  .filter(({ html }) => /<article class="article" data-audience=/.test(html));

describe("Cite this page", () => {
  it("finds the articles", () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles.map((a) => [a.path, a.html] as const))("%s cites itself by its own title, date and address", (path, html) => {
    const { document } = parseHTML(html);
    const block = document.querySelector(".cite-page");
    expect(block, path).not.toBeNull();
    const title = metaContent(html, "citation_title")!;
    const url = metaContent(html, "citation_fulltext_html_url")!;
    const [year] = metaContent(html, "citation_publication_date")!.split("/");
    expect(block?.querySelector("p.cite")?.textContent).toContain(title);
    expect(block?.querySelector("p.cite")?.textContent).toContain(url);
    expect(block?.querySelector("p.cite")?.textContent).toContain(`(${year},`);
    expect(block?.querySelector('textarea[id$="-bibtex"]')?.textContent).toContain(`url = {${url}}`);
    expect(block?.querySelector('textarea[id$="-ris"]')?.textContent).toContain(`UR  - ${url}`);
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent ?? "{}") as Record<string, unknown>,
    );
    expect(jsonLd.some((d) => d["headline"] === title && d["url"] === url)).toBe(true);
    if (document.querySelector("article")?.getAttribute("data-audience") === "patients") {
      expect(block?.tagName).toBe("DETAILS");
      expect(block?.hasAttribute("open")).toBe(false);
      // The very foot: nothing of the article comes after it.
      expect(block?.nextElementSibling).toBeNull();
      expect(block?.parentElement?.nextElementSibling).toBeNull();
    }
  });
});
