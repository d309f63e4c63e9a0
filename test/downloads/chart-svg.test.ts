import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { nestedChartSvg, standaloneChartSvg } from "../../src/downloads/chart-svg.ts";
import { flowModel } from "./fixtures.ts";

describe("standaloneChartSvg", () => {
  const url = "https://example.org/charts/participant-flow/";
  const { svg, width, height } = standaloneChartSvg(flowModel, url);
  const root = new DOMParser().parseFromString(svg.replace(/^<\?xml[^>]*>\s*/, ""), "image/svg+xml").documentElement;

  it("is an XML file with a prolog and one SVG root of the size it states", () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(root.tagName).toBe("svg");
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual([String(width), String(height)]);
  });

  it("draws black on white without page CSS: a white background and a dark root colour for currentColor", () => {
    expect(root.getAttribute("color")).toBe("#1d1d1f");
    expect(root.querySelector("rect")?.getAttribute("fill")).toBe("#ffffff");
    expect(svg).not.toMatch(/<style/);
  });

  it("carries the title, subtitle, source, licence and permalink as text", () => {
    const text = [...root.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    for (const part of ["Most people who started", "Wakefield et al., 2022", "Source: A source.", "CC BY 4.0", url])
      expect(text).toContain(part);
    expect(root.querySelector("title")?.textContent).toBe(flowModel.title);
  });

  it("nests the chart below the heading, at its own size", () => {
    const nested = nestedChartSvg(flowModel, 20, 100);
    const element = new DOMParser().parseFromString(nested.markup, "image/svg+xml").documentElement;
    expect([element.getAttribute("x"), element.getAttribute("y"), element.getAttribute("width")]).toEqual([
      "20",
      "100",
      String(nested.width),
    ]);
    expect(element.hasAttribute("class")).toBe(false);
    const inFile = root.querySelectorAll("svg");
    expect(inFile).toHaveLength(1);
    expect(Number(inFile[0]?.getAttribute("y"))).toBeGreaterThan(40);
  });
});
