import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { retentionByWave } from "../../src/analysis/retention.ts";
import { assertInDomain } from "../../src/charts/domain.ts";
import { interviewSampleChart } from "../../src/charts/interview-sample.ts";
import { participantFlowChart } from "../../src/charts/participant-flow.ts";
import { SOURCE } from "./fixtures.ts";

describe("assertInDomain", () => {
  it("accepts values on the axis, ends included", () => {
    expect(() =>
      assertInDomain(
        "c",
        [
          { row: "a", value: 0 },
          { row: "b", value: 10 },
        ],
        [0, 10],
        "0 to 10",
      ),
    ).not.toThrow();
  });

  it.each([-1, 11, NaN, Infinity])("stops at %s, naming the chart, the row and the axis", (value) => {
    expect(() => assertInDomain("c", [{ row: "wave T2", value }], [0, 10], "0 to 10")).toThrow(
      `src/charts/c.ts: wave T2 has ${value}, which the chart cannot show (its axis runs from 0 to 10)`,
    );
  });
});

describe("chart domains come from the data", () => {
  it("stops the flow chart when a later wave outnumbers entry, rather than drawing past the frame", () => {
    const flow = table({ wave: ["T0", "T1"], label: ["a", "b"], timing: ["at entry", "later"], n: [630, 700] });
    expect(() => participantFlowChart({ retention: retentionByWave(flow), sources: [SOURCE] })).toThrow(
      "src/charts/participant-flow.ts: wave T1 (data/participant-flow.csv) has 700, which the chart cannot show (its axis runs from 0 to the 630 people surveyed at entry)",
    );
  });

  it("stops the interview chart at a negative count", () => {
    const sample = table({ group: ["gps", "link_workers"], role: ["GPs", "Link workers"], n: [3, -1] });
    expect(() => interviewSampleChart({ sample, sources: [SOURCE] })).toThrow("group link_workers (data/interview-sample.csv) has -1");
  });
});
