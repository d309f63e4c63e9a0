import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { retentionByWave } from "../../src/analysis/retention.ts";
import { participantFlowSharesChart } from "../../src/charts/participant-flow-shares.ts";
import { participantFlowChart } from "../../src/charts/participant-flow.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const flow = table({ wave: ["T0", "T1", "T2"], label: ["a", "b", "c"], timing: ["at entry", "later", "latest"], n: [630, 178, 63] });
const model = participantFlowSharesChart({ retention: retentionByWave(flow), sources: [SOURCE] });

describe("participantFlowSharesChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `participant-flow-shares-${narrow ? "narrow" : "wide"}`);
  });

  it("labels the bars with calculated shares and says they are calculated", () => {
    const { svg } = renderChartSvg(model, false);
    expect(svg).toContain(">28%<");
    expect(svg).toContain(">10%<");
    expect(model.subtitle).toContain("calculated");
    expect(model.alt).toContain("calculated");
    expect(model.table.columns.filter((c) => c.calculated).map((c) => c.key)).toEqual(["share_of_entry", "not_surveyed"]);
  });

  it("has the counts chart's size and waves, so the two can swap in place", () => {
    const counts = participantFlowChart({ retention: retentionByWave(flow), sources: [SOURCE] });
    for (const narrow of [true, false]) {
      const a = renderChartSvg(model, narrow);
      const b = renderChartSvg(counts, narrow);
      expect([a.width, a.height]).toEqual([b.width, b.height]);
    }
    expect(model.table.rows.map((r) => r["wave"])).toEqual(counts.table.rows.map((r) => r["wave"]));
  });

  it("refuses counts that did not go through retentionByWave", () => {
    expect(() => participantFlowSharesChart({ retention: flow, sources: [SOURCE] })).toThrow("expects the output of retentionByWave()");
  });

  it("stops the build when its title would no longer be true", () => {
    const kept = table({ wave: ["T0", "T1"], label: ["a", "b"], timing: ["at entry", "later"], n: [100, 60] });
    expect(() => participantFlowSharesChart({ retention: retentionByWave(kept), sources: [SOURCE] })).toThrow(
      "its title says later waves reached a minority of entrants, but T1 reached 60%",
    );
  });
});
