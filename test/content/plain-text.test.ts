import { describe, expect, it } from "vitest";
import { mdxPlainText } from "../../src/content/plain-text.ts";

const resolve = { stat: (name: string) => `[${name}]`, term: (id: string) => `<${id}>` };

describe("mdxPlainText", () => {
  it("keeps prose and headings, each heading and list item as its own sentence", () => {
    const source =
      "---\ntitle: x\n---\n\n## Who is it for?\n\nIt is for people who:\n\n- feel lonely\n- are unwell.\n\n### 1. You join a group\n";
    expect(mdxPlainText(source, resolve)).toBe("Who is it for?\n\nIt is for people who:\n\nfeel lonely.\nare unwell.\n\nYou join a group.");
  });

  it("writes out stats and terms, and keeps the words of links and emphasis", () => {
    const source =
      'Only <Stat name="flow.t1.n" /> came back (<Term id="attrition">drop-out</Term>, <Term id="attrition" />). **Read** [the paper](../x/).';
    expect(mdxPlainText(source, resolve)).toBe("Only [flow.t1.n] came back (drop-out, <attrition>). Read the paper.");
  });

  it("leaves out figures, tables, code and a References section, but keeps an aside's title", () => {
    const source = [
      "Before.",
      '<Figure id="participant-flow" />',
      "| a | b |",
      "|---|---|",
      "```",
      "code",
      "```",
      '<Aside kind="note" title="Good to know">',
      "Inside.",
      "</Aside>",
      "## References",
      "Wakefield, J. R. H. (2022). A title.",
      "## After",
    ].join("\n");
    expect(mdxPlainText(source, resolve)).toBe("Before.\n\nGood to know.\nInside.\n\nAfter.");
  });

  it("reads the MDX parse, so a > in an attribute or an expression hides no words and code shows none", () => {
    const source =
      'A {1 > 0 ? "x" : "y"} b.\n\n<Aside kind="note" title="If a > b">\n\nSee <Stat name="flow.t0.n" />, not `<Stat name="nope" />`.\n\n</Aside>';
    expect(mdxPlainText(source, resolve)).toBe('A  b.\n\nIf a > b.\nSee [flow.t0.n], not <Stat name="nope" />.');
  });
});
