// Every built page is valid for strict consumers: no HTML parse error (the WHATWG parser's, as
// parse5 reports them, plus markup after the end of the document), no attribute Plot writes that
// HTML forbids, and no word glued to a link or component by whitespace compression. The checker is
// tried first on small cases, so a page that passes has passed something.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listPages, pageFile } from "./browser.ts";
import { attributeProblems, describeProblems, gluedWords, parseProblems } from "./strict-html.ts";

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe("the strict checks", () => {
  it("find a script after the end of the document, and parse errors", () => {
    expect(messages(parseProblems(`${page("<p>x</p>")}<script src="a.js"></script>`))).toEqual([
      "stray start tag <script> after the end of the document",
    ]);
    expect(messages(parseProblems(page('<p id="a" id="b">x</p>')))).toEqual(["parse error: duplicate-attribute"]);
    expect(parseProblems(page("<p>fine</p>\n"))).toEqual([]);
  });

  it("find font-variant on an SVG group, and leave it in CSS alone", () => {
    expect(messages(attributeProblems(page('<svg><g font-variant="tabular-nums"><text>1</text></g></svg>')))).toEqual([
      '<g font-variant="tabular-nums">: font-variant is not allowed on <g> in HTML',
    ]);
    expect(attributeProblems(page('<svg><g style="font-variant: tabular-nums"><text>1</text></g></svg>'))).toEqual([]);
  });

  it("find words glued to inline elements either side", () => {
    expect(messages(gluedWords(page('<p>Read the<a href="x">accepted version</a> now.</p>')))).toEqual([
      'glued: "Read the|accepted version"',
    ]);
    expect(messages(gluedWords(page('<p>of the<span class="stat">630</span> people</p>')))).toEqual(['glued: "of the|630"']);
    expect(messages(gluedWords(page('<p><span>452<sup aria-hidden="true">†</sup></span>of them</p>')))).toEqual(['glued: "452†|of them"']);
    expect(messages(gluedWords(page('<p>Data Package:<a href="d">download</a></p>')))).toEqual(['glued: "Data Package:|download"']);
    expect(messages(gluedWords(page("<p><em>one</em><strong>two</strong></p>")))).toEqual(['glued: "one|two"']);
  });

  it("allow punctuation, footnote marks, hidden definitions and block boundaries", () => {
    const fine = [
      '<p>Read the <a href="x">accepted version</a>.</p>',
      '<p>(<a href="x">link</a>), “<q>quoted</q>” and <i>27</i>(2), 386–396.</p>',
      "<p>a finding<sup>1</sup> and H<sub>2</sub>O</p>",
      '<p><a href="#t">link worker</a><span hidden>Link worker: someone who</span> helps.</p>',
      "<div><p>one</p><p>two</p></div>",
      '<p>code: <code>x</code></p><pre>a<b>b</b></pre><script type="application/json">{"a":1}</script>',
    ];
    for (const body of fine) expect(gluedWords(page(body)), body).toEqual([]);
  });
});

describe("every built page", () => {
  const pages = listPages().map((p) => ({ path: p, html: readFileSync(pageFile(p), "utf8") }));

  it.each(pages.map((p) => [p.path, p.html]))("%s parses without an error", (_, html) => {
    expect(describeProblems(parseProblems(html))).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p.html]))("%s has no attribute HTML forbids where it is", (_, html) => {
    expect(describeProblems(attributeProblems(html))).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p.html]))("%s glues no word to a link or component", (_, html) => {
    expect(describeProblems(gluedWords(html))).toEqual([]);
  });
});
