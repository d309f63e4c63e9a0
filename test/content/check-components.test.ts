import { describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/charts/ids.ts";
import { checkMdxSource } from "../../src/content/check-components.ts";

const rules = { statNames: new Set(["flow.t0.n", "flow.t1.n", "context.x"]), termIds: new Set(["attrition"]) };
const check = (body: string) => checkMdxSource(`---\ntitle: x\n---\n\n${body}`, "content/articles/a.mdx", rules);

describe("checkMdxSource", () => {
  it("accepts known charts, stats, terms and relative links", () => {
    expect(
      check('<Figure id="participant-flow" />\n<Stat name="flow.t0.n" /> <Term id="attrition">drop-out</Term> [about](../about/)'),
    ).toBeUndefined();
  });

  it("names file, line and column for an unknown chart id", () => {
    expect(check('Text\n\n<Figure id="participant-flw" />')).toBe(
      `content/articles/a.mdx:7:1: unknown chart id "participant-flw" in <Figure id="participant-flw" />. Expected one of: ${CHART_IDS.join(", ")}.`,
    );
  });

  it("suggests stats of the same family for an unknown stat, at its place in the sentence", () => {
    expect(check('Of them, <Stat name="flow.t3.n" /> answered.')).toBe(
      'content/articles/a.mdx:5:10: unknown stat "flow.t3.n" in <Stat name="flow.t3.n" />. Expected one of: flow.t0.n, flow.t1.n.',
    );
  });

  it("rejects an unknown component and a missing id", () => {
    expect(check("<Chart />")).toMatch(/a\.mdx:5:1: unknown component <Chart>/);
    expect(check("<Figure />")).toMatch(/a\.mdx:5:1: <Figure> needs an id in quotes, found none/);
  });

  it("rejects a glossary term the glossary lacks", () => {
    expect(check('<Term id="frailty">frail</Term>')).toMatch(/a\.mdx:5:1: unknown glossary term "frailty"/);
  });

  it("accepts a known reference and names file and line for an unknown one", () => {
    expect(check('<Reference id="wakefield-2022" />')).toBeUndefined();
    expect(check('<Reference id="wakefield-2020" />')).toMatch(
      /a\.mdx:5:1: unknown reference "wakefield-2020" in <Reference>\. Expected one of: wakefield-2022, /,
    );
  });

  it("rejects root-relative links, images, link definitions and HTML links, which break under a sub-path", () => {
    expect(check("[data](/data/)")).toMatch(/a\.mdx:5:1: link to "\/data\/" starts at the site root/);
    expect(check("See ![a chart](/charts/x.png)")).toMatch(/a\.mdx:5:5: link to "\/charts\/x\.png" starts/);
    expect(check("See [the data][d].\n\n[d]: /data/")).toMatch(/a\.mdx:7:1: link to "\/data\/" starts/);
    expect(check('See <a href="/about/">about</a>.')).toMatch(/a\.mdx:5:5: link to "\/about\/" starts/);
    expect(check("[elsewhere](//example.org/) and [here](#top)")).toBeUndefined();
  });

  it("ignores examples inside code", () => {
    expect(check('```mdx\n<Figure id="nope" />\n```\n\n`<Stat name="nope" />` and `[x](/data/)`')).toBeUndefined();
  });

  it("is not fooled by a > inside an expression or an attribute", () => {
    // A regular expression ended the tag at the first ">", so it read a different attribute list.
    expect(check('<Figure data-note={1 > 0 ? "a" : "b"} id="participant-flw" />')).toMatch(
      /a\.mdx:5:1: unknown chart id "participant-flw"/,
    );
    expect(check('<Aside title="a > b">\n\n<Stat name="flow.t3.n" />\n\n</Aside>')).toMatch(/a\.mdx:7:1: unknown stat "flow\.t3\.n"/);
    expect(check('Text {"<Figure id=\\"nope\\" />"} and {2 > 1}.')).toBeUndefined();
  });

  it("reads a string literal in braces, and rejects an id it cannot read", () => {
    expect(check('<Figure id={"participant-flow"} />')).toBeUndefined();
    expect(check("<Figure id={chart} />")).toBe(
      `content/articles/a.mdx:5:1: <Figure> needs an id in quotes, found the expression {chart}. Expected one of: ${CHART_IDS.join(", ")}.`,
    );
    expect(check("<Stat name />")).toMatch(
      /a\.mdx:5:1: <Stat> needs a name in quotes, e\.g\. <Stat name="flow\.t0\.n" \/>, found an attribute with no value\./,
    );
  });

  it("finds components nested inside others", () => {
    expect(check('<Aside kind="note" title="T">\n  Of them,\n  some were <Term id="frailty">frail</Term>.\n</Aside>')).toMatch(
      /a\.mdx:7:13: unknown glossary term "frailty"/,
    );
  });

  it("reports MDX that does not parse with its file, line and column", () => {
    expect(() => check('<Figure id="participant-flow"\n\nText')).toThrow(/^content\/articles\/a\.mdx:5:1: /);
    expect(() => check("Text {unclosed")).toThrow(/^content\/articles\/a\.mdx:5:6: .*closing brace/);
  });
});
