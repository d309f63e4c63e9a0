import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { retentionByWave } from "../../src/analysis/retention.ts";
import { participantFlowChart } from "../../src/charts/participant-flow.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import { SOURCE } from "./fixtures.ts";
import { expectAccessibleSvg, expectSvgSnapshot } from "./snapshot.ts";

const flow = table({ wave: ["T0", "T1", "T2"], label: ["a", "b", "c"], timing: ["at entry", "later", "latest"], n: [630, 178, 63] });
const model = participantFlowChart({ retention: retentionByWave(flow), sources: [SOURCE] });

describe("participantFlowChart", () => {
  it.each([true, false])("renders accessibly (narrow: %s)", async (narrow) => {
    const { svg } = renderChartSvg(model, narrow);
    expectAccessibleSvg(svg);
    await expectSvgSnapshot(svg, `participant-flow-${narrow ? "narrow" : "wide"}`);
  });

  it("tables the published counts and marks the calculated columns", () => {
    expect(model.table.rows.map((r) => r["n"])).toEqual([630, 178, 63]);
    expect(model.table.columns.filter((c) => c.calculated).map((c) => c.key)).toEqual(["share_of_entry", "not_surveyed"]);
  });

  it("refuses counts that did not go through retentionByWave", () => {
    expect(() => participantFlowChart({ retention: flow, sources: [SOURCE] })).toThrow("expects the output of retentionByWave()");
  });
});
