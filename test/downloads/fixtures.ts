import { table } from "arquero";
import { retentionByWave } from "../../src/analysis/retention.ts";
import { participantFlowChart } from "../../src/charts/participant-flow.ts";
import { SOURCE } from "../charts/fixtures.ts";

/** A small real chart to export: the participant flow drawn from a three-row table. */
export const flowModel = participantFlowChart({
  retention: retentionByWave(
    table({ wave: ["T0", "T1", "T2"], label: ["a", "b", "c"], timing: ["at entry", "later", "6–9 months"], n: [630, 178, 63] }),
  ),
  sources: [SOURCE],
});
