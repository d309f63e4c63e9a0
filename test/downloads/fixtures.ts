import { table } from "arquero";
import { retentionByWave } from "../../src/analysis/retention.ts";
import { participantFlowChart } from "../../src/charts/participant-flow.ts";
import { SOURCE } from "../charts/fixtures.ts";

/** A small real chart to export: the participant flow drawn from a three-row table. */
export const flowModel = participantFlowChart({
  retention: retentionByWave(table({ wave: ["T0", "T1", "T2"], label: ["a", "b", "c"], timing: ["at entry", "later", "6–9 months"], n: [630, 178, 63] })),
  sources: [SOURCE],
});

/** Reads width and height from a PNG's IHDR chunk, after checking the PNG signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error("not a PNG: wrong signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
