import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import type { Source } from "../data/index.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

interface StepRow {
  step: number;
  from: string;
  to: string;
  from_label: string;
  to_label: string;
  direction: "positive" | "negative";
  described_as: string;
}

/** Inputs: the output of pathwaySteps() and the sources of data/pathway-links.csv. */
export interface PathwayInput {
  steps: ColumnTable;
  sources: Source[];
  /**
   * Draw only the first `upTo` links and the boxes they join, for the step-by-step explainer
   * (/how-it-works/); the boxes still to come are dashed outlines, so every stage has the full
   * diagram's size and stages swap without moving the page. Before the last stage, the newest
   * link's label is bold. The table still lists every link.
   */
  upTo?: number;
}

/** Words for a direction, so the diagram never relies on a symbol or colour alone. */
export const DIRECTION_WORDS = {
  positive: "more went with more",
  negative: "more went with less",
} as const;

const BOX_HEIGHT = 0.56;

/**
 * The published serial-mediation chain as a directed diagram: five boxes, one arrow per link,
 * each arrow labelled with its direction in words. All arrows are drawn the same: the abstract reports
 * direction only, so nothing in the drawing may suggest a size.
 */
export function socialCurePathwayChart({ steps, sources, upTo }: PathwayInput): ChartModel {
  const links = steps.objects() as StepRow[];
  const first = links[0];
  if (!first) throw new Error("socialCurePathwayChart expects at least one link");
  if (upTo !== undefined && !(Number.isInteger(upTo) && upTo >= 1 && upTo <= links.length)) {
    throw new Error(`socialCurePathwayChart: upTo must be a whole number from 1 to ${links.length}, found ${upTo}`);
  }
  const nodes = [{ label: first.from_label, row: 0 }, ...links.map((l, i) => ({ label: l.to_label, row: i + 1 }))];
  const last = upTo ?? links.length;
  const shownNodes = nodes.slice(0, last + 1);
  const shownLinks = links.slice(0, last);
  const upcoming = nodes.slice(last + 1);
  const chain = shownNodes.map((n) => n.label.toLowerCase()).join(" → ");
  const stage = upTo === undefined ? "" : `Link ${upTo} of ${links.length} of the published chain. `;
  return {
    id: "social-cure-pathway",
    title: "Joining groups went with feeling you belong, and through that with better quality of life",
    subtitle: "The chain of links reported by Wakefield et al. (2022): the abstract reports direction only",
    alt: upTo === undefined ? `Diagram of the published chain: ${chain}.` : `The chain so far, link ${upTo} of ${links.length}: ${chain}.`,
    description:
      `${stage}${shownNodes.length} boxes from top to bottom, joined by arrows: ${chain}. ` +
      shownLinks.map((l) => `${l.from_label} to ${l.to_label.toLowerCase()}: ${l.direction} (${DIRECTION_WORDS[l.direction]}).`).join(" ") +
      (upcoming.length > 0 ? ` Still to come, as dashed outlines: ${upcoming.map((n) => n.label.toLowerCase()).join(", ")}.` : "") +
      " All arrows are drawn the same size because the abstract reports only the direction of each link, not its strength. These are associations in an observational study with no control group.",
    notes: [
      "Direction only. The abstract publishes no coefficients, confidence intervals or p values, so arrow sizes carry no meaning.",
      "Associations in an observational study with no control group: the chain is consistent with a mechanism but does not prove one.",
    ],
    datasets: ["pathway-measures", "pathway-links"],
    sources,
    table: {
      caption: "Each link of the chain and its direction",
      columns: [
        { key: "step", label: "Link", format: "number" },
        { key: "from_label", label: "From", format: "text" },
        { key: "to_label", label: "To", format: "text" },
        { key: "direction", label: "Direction", format: "text" },
        { key: "described_as", label: "In the source's words", format: "text" },
      ],
      rows: links.map(({ step, from_label, to_label, direction, described_as }) => ({
        step,
        from_label,
        to_label,
        direction: `${direction}: ${DIRECTION_WORDS[direction]}`,
        described_as,
      })),
    },
    ...(upTo === undefined ? { pointMark: "mark-link" } : {}),
    plot: ({ width, narrow, document }) => {
      const boxWidth = narrow ? 0.9 : 0.5;
      const boxX = 0.05;
      const center = boxX + boxWidth / 2;
      // On a phone the arrows move left so their labels fit beside them.
      const arrowX = narrow ? 0.22 : center;
      return Plot.plot({
        document,
        width,
        height: nodes.length * (narrow ? 88 : 80),
        margin: 4,
        style: { fontSize: `${FONT_SIZE}px` },
        // Layout space, not data: boxes sit at fractions of the width and one row per measure.
        x: { domain: [0, 1], axis: null },
        y: { domain: [nodes.length - 0.3, -0.3], axis: null },
        marks: [
          Plot.rect(shownNodes, {
            x1: boxX,
            x2: boxX + boxWidth,
            y1: (n: { row: number }) => n.row - BOX_HEIGHT / 2,
            y2: (n: { row: number }) => n.row + BOX_HEIGHT / 2,
            fill: palette.box,
            stroke: palette.primary,
            rx: 6,
            className: "mark-box",
          }),
          Plot.text(shownNodes, { x: center, y: "row", text: "label", fontWeight: "bold", lineWidth: narrow ? 20 : 22 }),
          ...(upcoming.length > 0
            ? [
                Plot.rect(upcoming, {
                  x1: boxX,
                  x2: boxX + boxWidth,
                  y1: (n: { row: number }) => n.row - BOX_HEIGHT / 2,
                  y2: (n: { row: number }) => n.row + BOX_HEIGHT / 2,
                  fill: "none",
                  stroke: palette.reference,
                  strokeDasharray: "4 4",
                  rx: 6,
                  className: "mark-upcoming",
                }),
                Plot.text(upcoming, {
                  x: center,
                  y: "row",
                  text: "label",
                  fill: palette.reference,
                  lineWidth: narrow ? 20 : 22,
                  className: "mark-upcoming-text",
                }),
              ]
            : []),
          Plot.arrow(shownLinks, {
            x1: arrowX,
            x2: arrowX,
            y1: (l: StepRow) => l.step - 1 + BOX_HEIGHT / 2,
            y2: (l: StepRow) => l.step - BOX_HEIGHT / 2,
            stroke: "currentColor",
            strokeWidth: 2,
            headLength: 10,
            className: "mark-link",
          }),
          // Before the last stage, the link just added stands out by the weight of its words, not by size.
          ...(upcoming.length === 0 ? [false] : [false, true]).map((newest) =>
            Plot.text(shownLinks, {
              filter: (l: StepRow) => (upcoming.length > 0 && l.step === last) === newest,
              x: narrow ? arrowX + 0.04 : boxX + boxWidth + 0.03,
              y: (l: StepRow) => l.step - 0.5,
              text: (l: StepRow) => `${l.direction === "positive" ? "+" : "−"} ${DIRECTION_WORDS[l.direction]}`,
              textAnchor: "start",
              fontStyle: "italic",
              ...(newest ? { fontWeight: "bold" } : {}),
            }),
          ),
        ],
      });
    },
  };
}
