import { describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/charts/ids.ts";
import { checkMdxSource } from "../../src/content/check-components.ts";

const rules = { statNames: new Set(["flow.t0.n", "flow.t1.n", "context.x"]), termIds: new Set(["attrition"]) };
const check = (body: string) => checkMdxSource(`---\ntitle: x\n---\n\n${body}`, "content/articles/a.mdx", rules);

describe("checkMdxSource", () => {
  it("accepts known charts, stats, terms and relative links", () => {
    expect(check('<Figure id="participant-flow" />\n<Stat name="flow.t0.n" /> <Term id="attrition">drop-out</Term> [about](../about/)')).toBeUndefined();
  });

  it("names file and line for an unknown chart id", () => {
    expect(check('Text\n\n<Figure id="participant-flw" />')).toBe(
      `content/articles/a.mdx:7: unknown chart id "participant-flw" in <Figure id="participant-flw" />. Expected one of: ${CHART_IDS.join(", ")}.`,
    );
  });

  it("suggests stats of the same family for an unknown stat", () => {
    expect(check('<Stat name="flow.t3.n" />')).toBe(
      'content/articles/a.mdx:5: unknown stat "flow.t3.n" in <Stat name="flow.t3.n" />. Expected one of: flow.t0.n, flow.t1.n.',
    );
  });

  it("rejects an unknown component and a missing id", () => {
    expect(check("<Chart />")).toMatch(/a\.mdx:5: unknown component <Chart>/);
    expect(check("<Figure />")).toMatch(/a\.mdx:5: <Figure> needs an id/);
  });

  it("rejects a glossary term the glossary lacks", () => {
    expect(check('<Term id="frailty">frail</Term>')).toMatch(/a\.mdx:5: unknown glossary term "frailty"/);
  });

  it("accepts a known reference and names file and line for an unknown one", () => {
    expect(check('<Reference id="wakefield-2022" />')).toBeUndefined();
    expect(check('<Reference id="wakefield-2020" />')).toMatch(/a\.mdx:5: unknown reference "wakefield-2020" in <Reference>\. Expected one of: wakefield-2022, /);
  });

  it("rejects root-relative links, which break under a sub-path", () => {
    expect(check("[data](/data/)")).toMatch(/a\.mdx:5: link to "\/data\/" starts at the site root/);
  });

  it("ignores examples inside code", () => {
    expect(check('```mdx\n<Figure id="nope" />\n```\n\n`<Stat name="nope" />`')).toBeUndefined();
  });
});
