import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { pathwaySteps } from "../../src/analysis/pathway-steps.ts";

describe("pathwaySteps", () => {
  const measures = table({ id: ["b", "a", "c"], step: [2, 1, 3], label: ["B", "A", "C"], plain_label: ["bee", "ay", "see"] });
  const links = table({ from: ["b", "a"], to: ["c", "b"], direction: ["negative", "positive"], described_as: ["b–c", "a–b"] });

  it("names both ends of each link, in chain order", () => {
    expect(pathwaySteps(measures, links).objects()).toEqual([
      {
        step: 1,
        from: "a",
        to: "b",
        from_label: "A",
        to_label: "B",
        from_plain: "ay",
        to_plain: "bee",
        direction: "positive",
        described_as: "a–b",
      },
      {
        step: 2,
        from: "b",
        to: "c",
        from_label: "B",
        to_label: "C",
        from_plain: "bee",
        to_plain: "see",
        direction: "negative",
        described_as: "b–c",
      },
    ]);
  });
});
