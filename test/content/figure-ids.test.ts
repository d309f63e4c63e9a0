import { describe, expect, it } from "vitest";
import { figureIds } from "../../src/content/figure-ids.ts";

describe("figureIds", () => {
  it("lists the charts of an article in page order, with either kind of quote", () => {
    const mdx = `Intro\n\n<Figure id="participant-flow" />\n\nMore\n\n<Figure headingLevel={2} id='social-cure-pathway' />\n`;
    expect(figureIds(mdx)).toEqual(["participant-flow", "social-cure-pathway"]);
  });

  it("skips figures shown as code examples or inside strings", () => {
    expect(figureIds('Use `<Figure id="x" />` like this:\n\n```mdx\n<Figure id="y" />\n```\n\n{"<Figure id=\\"z\\" />"}\n')).toEqual([]);
  });

  it("reads an id after an attribute whose expression holds a >", () => {
    expect(figureIds('<Figure headingLevel={1 > 0 ? 2 : 3} id="interview-sample" />')).toEqual(["interview-sample"]);
  });

  it("counts a component that draws one chart in stages as that chart", () => {
    expect(figureIds('<Figure id="kiely-grade-profile" />\n\n<AdjustmentSteps />\n')).toEqual([
      "kiely-grade-profile",
      "munford-2017-adjustment",
    ]);
  });
});
