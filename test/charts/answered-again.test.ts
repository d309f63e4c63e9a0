import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { retentionByWave } from "../../src/analysis/retention.ts";
import { answeredAgainChart } from "../../src/charts/answered-again.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const flow = table({
  wave: ["T0", "T1", "T2"],
  label: ["Pathway entry", "About 4 months", "6 to 9 months"],
  timing: ["at pathway entry", "about 4 months later", "6–9 months later"],
  n: [630, 178, 63],
});
const model = answeredAgainChart({ retention: retentionByWave(flow), sources: [SOURCE] });

describe("answeredAgainChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `answered-again-${narrow ? "narrow" : "wide"}`);
  });

  it("draws 10 people per later survey, filled for those who answered (about 3, then 1)", () => {
    expect(model.table.rows).toEqual([
      { when: "About 4 months", in_ten: 3, n: 178 },
      { when: "6 to 9 months", in_ten: 1, n: 63 },
    ]);
    const { svg } = renderChartSvg(model, false);
    expect(svg.match(/<circle/g)?.length).toBe(20);
    expect(model.alt).toBe("Rows of 10 people: about 3 in 10 answered about 4 months later; 1 in 10 answered 6–9 months later.");
    expect(model.alt.length).toBeLessThanOrEqual(125);
  });

  it("has none of the researcher furniture: no wave codes, no statistics words", () => {
    const { svg } = renderChartSvg(model, true);
    const words = [
      model.title,
      model.subtitle,
      model.alt,
      model.description,
      ...model.notes,
      model.table.caption,
      ...model.table.columns.map((c) => c.label),
      svg,
    ].join(" ");
    expect(words).not.toMatch(/\bT[012]\b|p value|coefficient|confidence/i);
    expect(model.table.columns.find((c) => c.key === "in_ten")).toMatchObject({ calculated: true });
  });

  it("stops the build when its title would no longer be true", () => {
    const kept = table({ wave: ["T0", "T1"], label: ["a", "b"], timing: ["at entry", "later"], n: [100, 60] });
    expect(() => answeredAgainChart({ retention: retentionByWave(kept), sources: [SOURCE] })).toThrow(
      "its title says most people did not answer again, but 6 in 10 answered later",
    );
  });

  it("refuses counts that did not go through retentionByWave", () => {
    expect(() => answeredAgainChart({ retention: flow, sources: [SOURCE] })).toThrow("expects the output of retentionByWave()");
  });
});
