import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import type { Groups4healthEffectRow, Source } from "../data/index.ts";
import { formatDecimal } from "../lib/format.ts";
import { assertInDomain } from "./domain.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

/** The abstract prints each d to 2 decimals. */
export const D_DECIMALS = 2;

/** Inputs: rows of data/groups4health-effects.csv and its sources. */
export interface Groups4HealthInput {
  effects: ColumnTable;
  sources: Source[];
}

const SHORT = { "Groups 4 Health": "G4H", "Treatment as usual": "TAU" } as const;
const d = (v: number) => formatDecimal(v, D_DECIMALS);
/** A dot's label, "G4H −1.04". */
const armLabel = (r: Groups4healthEffectRow) => `${SHORT[r.arm]} ${d(r.d)}`;
/** Width of a label character in ems: an upper bound for the site's sans-serif digits and capitals. */
const CHAR_EM = 0.62;

/**
 * "What changed within each arm of the Groups 4 Health trial": for each outcome, the published
 * within-arm d of Groups 4 Health (filled) and treatment as usual (open), on one axis with zero
 * marked. Outcomes in the abstract's order, never sorted by size. Within-arm d is change within
 * one arm, not the difference between arms, so the chart says so wherever it names a value.
 */
export function groups4HealthWithinArmChart({ effects, sources }: Groups4HealthInput): ChartModel {
  const rows = effects.objects() as Groups4healthEffectRow[];
  const outcomes = [...new Set(rows.map((r) => r.outcome))];
  const loneliness = rows.filter((r) => r.outcome_id === "loneliness");
  const g4h = loneliness.find((r) => r.arm === "Groups 4 Health");
  const tau = loneliness.find((r) => r.arm === "Treatment as usual");
  if (!g4h || !tau) throw new Error("groups4HealthWithinArmChart: expected a loneliness row for each arm (its title is about loneliness)");
  if (!(g4h.d < tau.d && g4h.d < 0))
    throw new Error("groups4HealthWithinArmChart: its title says loneliness fell more with Groups 4 Health, but the data say otherwise");
  // Symmetric about zero (no change), so falls and rises read at the same scale; how far it runs is the data's.
  const extent = Math.max(...rows.map((r) => Math.abs(r.d)));
  assertInDomain(
    "groups4health-within-arm",
    rows.map((r) => ({ row: `${r.outcome_id}, ${r.arm} (data/groups4health-effects.csv)`, value: r.d })),
    [-extent, extent],
    `${d(-extent)} to ${d(extent)}, the largest published d either side of zero`,
  );
  const labelChars = Math.max(...rows.map((r) => armLabel(r).length));
  const listing = outcomes
    .map(
      (o) =>
        `${o}: ${rows
          .filter((r) => r.outcome === o)
          .map((r) => `${SHORT[r.arm]} d = ${d(r.d)}`)
          .join(", ")}`,
    )
    .join("; ");
  return {
    id: "groups4health-within-arm",
    title: "In its developers' randomised trial, loneliness fell further with Groups 4 Health than with usual care",
    subtitle:
      "Within-arm effect size d (change from baseline to follow-up in each arm), Groups 4 Health (G4H) and treatment as usual (TAU). Randomised controlled trial, Haslam et al. (2019)",
    alt: `Dot chart of within-arm d by outcome. Loneliness: G4H ${d(g4h.d)}, TAU ${d(tau.d)}.`,
    description:
      `For each outcome, two dots show the within-arm effect size d: the change from baseline to follow-up within the Groups 4 Health arm (filled) and within the treatment-as-usual arm (open). Below zero the measure fell. ${listing}. ` +
      `These are changes within each arm, not differences between the arms.`,
    notes: [
      "Within-arm d: the change within one arm from baseline to follow-up, not a between-group effect. Values as printed in the PubMed abstract; no confidence intervals are given there.",
      "Randomised controlled trial in adults with psychological distress, with a short follow-up. Groups 4 Health is a group programme run by facilitators, not link-worker social prescribing, and it was developed and trialled by the researchers who proposed the social cure approach.",
      "The Exeter repository copy of the paper prints different values for some outcomes; the site uses the PubMed abstract.",
    ],
    datasets: ["groups4health-effects"],
    sources,
    table: {
      caption: "Within-arm effect size d by outcome and arm",
      columns: [
        { key: "outcome", label: "Outcome", format: "text" },
        { key: "arm", label: "Arm", format: "text" },
        { key: "d", label: "Within-arm d", format: "decimal", decimals: D_DECIMALS },
      ],
      rows: rows.map(({ outcome, arm, d: value }) => ({ outcome, arm, d: value })),
    },
    pointMark: "mark-arms",
    plot: ({ width, narrow, document }) => {
      // Room for half a centred "G4H −1.04" label beyond the outermost dot at either end, worked out
      // in pixels and turned into d units, so it holds whatever the size of the largest d.
      const margin = narrow ? 16 : 20;
      const half = (labelChars * CHAR_EM * FONT_SIZE) / 2;
      const inner = width - 2 * margin;
      const pad = (2 * half * extent) / Math.max(inner - 2 * half, 1);
      return Plot.plot({
        document,
        width,
        height: 78 * outcomes.length + 50,
        marginLeft: margin,
        marginRight: margin,
        marginTop: 10,
        marginBottom: 40,
        style: { fontSize: `${FONT_SIZE}px` },
        x: {
          domain: [-extent - pad, extent + pad],
          label: narrow ? "Within-arm d (below 0: fell)" : "Within-arm effect size d (below 0: the measure fell)",
          labelAnchor: "left",
          labelArrow: "none",
          ticks: narrow ? 4 : 8,
        },
        y: { axis: null, domain: outcomes, padding: 0.5 },
        marks: [
          Plot.ruleX([0], { stroke: palette.reference, className: "mark-reference" }),
          Plot.text(outcomes, {
            x: -extent - pad,
            y: (o: string) => o,
            text: (o: string) => o,
            textAnchor: "start",
            dy: -30,
            fontWeight: "bold",
          }),
          Plot.link(outcomes, {
            y1: (o: string) => o,
            y2: (o: string) => o,
            x1: (o: string) => Math.min(...rows.filter((r) => r.outcome === o).map((r) => r.d)),
            x2: (o: string) => Math.max(...rows.filter((r) => r.outcome === o).map((r) => r.d)),
            stroke: palette.reference,
            strokeWidth: 1.5,
          }),
          Plot.dot(rows, {
            y: "outcome",
            x: "d",
            r: 6,
            strokeWidth: 2,
            stroke: palette.primary,
            fill: (r: Groups4healthEffectRow) => (r.arm === "Groups 4 Health" ? palette.primary : "white"),
            className: "mark-arms",
          }),
          // Arm labels keep apart: G4H above its dot, TAU below, so close values never overlap.
          ...(["Groups 4 Health", "Treatment as usual"] as const).map((arm) =>
            Plot.text(rows, {
              filter: (r: Groups4healthEffectRow) => r.arm === arm,
              y: "outcome",
              x: "d",
              text: armLabel,
              lineAnchor: arm === "Groups 4 Health" ? "bottom" : "top",
              dy: arm === "Groups 4 Health" ? -10 : 10,
            }),
          ),
        ],
      });
    },
  };
}
