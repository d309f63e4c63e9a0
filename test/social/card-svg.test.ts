import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { SITE } from "../../src/lib/site.ts";
import { CARD_SIZE, socialCardSvg } from "../../src/social/card-svg.ts";
import { flowModel } from "../downloads/fixtures.ts";

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;

describe("socialCardSvg", () => {
  it("is 1200×630 and shows the site's name, the label and the title, escaped", () => {
    const root = parse(socialCardSvg({ label: "Chart", title: 'Less "noise" & <more>' }));
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(CARD_SIZE.width), String(CARD_SIZE.height)]);
    const texts = [...root.querySelectorAll("text")].map((t) => t.textContent);
    expect(texts).toEqual([SITE.name, "Chart", 'Less "noise" & <more>', SITE.tagline]);
  });

  it("draws the chart itself inside the card, below the title", () => {
    const root = parse(socialCardSvg({ label: "Chart", title: flowModel.title, chart: flowModel }));
    const chart = root.querySelector("svg");
    expect(chart?.querySelector("title")?.textContent).toBe(flowModel.alt);
    const [x, y, width, height] = ["x", "y", "width", "height"].map((a) => Number(chart?.getAttribute(a)));
    const titleBaseline = Math.max(...[...root.querySelectorAll(":scope > text")].map((t) => Number(t.getAttribute("y"))));
    expect(y).toBeGreaterThan(titleBaseline);
    expect(x).toBeGreaterThanOrEqual(60);
    expect(x! + width!).toBeLessThanOrEqual(CARD_SIZE.width - 60);
    expect(y! + height!).toBeLessThanOrEqual(CARD_SIZE.height);
  });

  it("keeps a long title to three lines above a chart, ending the last in an ellipsis", () => {
    const root = parse(socialCardSvg({ label: "Article", title: "word ".repeat(60), chart: flowModel }));
    const lines = [...root.querySelectorAll(":scope > text")].slice(2);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.textContent).toMatch(/…$/);
  });
});
