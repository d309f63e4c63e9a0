import { describe, expect, it } from "vitest";
import { MEASURE_TEXT, measureText } from "../../../src/components/explainer/measure-text.ts";
import { STEP_TEXT, stepText, unusedStepText } from "../../../src/components/explainer/step-text.ts";
import { getResource } from "../../../src/data/index.ts";
import { siteData } from "../../../src/site/data.ts";

describe("stepText", () => {
  it("has words for every link in data/pathway-links.csv, written for its direction", () => {
    const links = getResource(siteData(), "pathway-links").rows;
    for (const link of links) expect(stepText(link).direction).toBe(link.direction);
    expect(unusedStepText(links)).toEqual([]);
  });

  it("stops the build for a link with no words", () => {
    expect(() => stepText({ from: "a", to: "b", direction: "positive" })).toThrow(
      'data/pathway-links.csv has a link "a→b" with no words: add it to STEP_TEXT in src/components/explainer/step-text.ts',
    );
  });

  it("stops the build when the data's direction contradicts the words", () => {
    expect(() => stepText({ from: "social_support", to: "loneliness", direction: "positive" })).toThrow(
      'link "social_support→loneliness" is positive, but its words in src/components/explainer/step-text.ts were written for negative; rewrite them',
    );
  });

  it("names words left over for links no longer in the data", () => {
    expect(unusedStepText([])).toEqual(Object.keys(STEP_TEXT));
  });

  it("types no numbers: every number comes from data/", () => {
    expect(JSON.stringify(STEP_TEXT)).not.toMatch(/\d/);
    expect(JSON.stringify(MEASURE_TEXT)).not.toMatch(/\d/);
  });
});

describe("measureText", () => {
  it("has plain words for every measure in data/pathway-measures.csv", () => {
    for (const m of getResource(siteData(), "pathway-measures").rows) expect(measureText(m.id)).toContain(`(${m.label.toLowerCase()})`);
  });

  it("stops the build for a measure with no words", () => {
    expect(() => measureText("nope")).toThrow('data/pathway-measures.csv has a measure "nope" with no plain words');
  });
});
