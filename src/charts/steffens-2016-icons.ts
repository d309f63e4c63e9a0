import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import { isCalculated } from "../analysis/calculated.ts";
import { RISK_PER_HUNDRED_METHODS, type RiskPerHundredRow } from "../analysis/risk-per-hundred.ts";
import type { Source } from "../data/index.ts";
import { assertInDomain } from "./domain.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

/** Inputs: the output of riskPerHundred() on data/steffens-2016-risk.csv, and its sources. */
export interface Steffens2016Input {
  risks: ColumnTable;
  sources: Source[];
}

/**
 * Each group is a 10 × 10 grid of 100 people: fixed, because 100 is the denominator of the natural
 * frequency (riskPerHundred()), not a range the data could outgrow; a count past it stops the build.
 */
const PER_ROW = 10;
const PEOPLE = 100;

/** One icon of the array: which group, where it sits, and whether it stands for a death. */
interface Icon {
  group: number;
  col: number;
  row: number;
  died: boolean;
}

/**
 * "How did the risk of death differ by groups kept?": Steffens et al. (2016)'s published risks as
 * an icon array of 100 retirees per group (a natural frequency, calculated), filled for deaths.
 * Groups in the order of groups kept, as the abstract lists them. Filled and open icons differ in
 * shape as well as colour, so the picture never relies on colour alone.
 */
export function steffens2016IconsChart({ risks, sources }: Steffens2016Input): ChartModel {
  if (!isCalculated(risks, "per_100")) throw new Error("steffens2016IconsChart expects the output of riskPerHundred()");
  const rows = risks.objects() as RiskPerHundredRow[];
  const kept = rows.find((r) => r.groups_kept === 2);
  const lost = rows.find((r) => r.groups_kept === 0);
  if (!kept || !lost) throw new Error("steffens2016IconsChart: expected rows for retirees who kept both groups and who lost both");
  if (!(lost.per_100 > kept.per_100))
    throw new Error("steffens2016IconsChart: its title says the risk was higher after losing both groups, but the data say otherwise");
  assertInDomain(
    "steffens-2016-icons",
    rows.map((r) => ({ row: `groups kept ${r.groups_kept} (data/steffens-2016-risk.csv), per_100`, value: r.per_100 })),
    [0, PEOPLE],
    `0 to the ${PEOPLE} people of each icon array`,
  );
  // The title and table name one follow-up period: every row must share it.
  const years = kept.years;
  const otherYears = rows.find((r) => r.years !== years);
  if (otherYears)
    throw new Error(
      `src/charts/steffens-2016-icons.ts: groups kept ${otherYears.groups_kept} (data/steffens-2016-risk.csv) covers ${otherYears.years} years, but the chart compares risks over ${years} years`,
    );
  const icons: Icon[] = rows.flatMap((r, group) =>
    Array.from({ length: PEOPLE }, (_, i) => ({ group, col: i % PER_ROW, row: Math.floor(i / PER_ROW), died: i < r.per_100 })),
  );
  const frequency = (r: RiskPerHundredRow) => `${r.per_100} in ${PEOPLE}`;
  return {
    id: "steffens-2016-icons",
    title: `Retirees who lost both their groups were more likely to die in the first ${years} years than those who kept both`,
    subtitle: `Deaths per ${PEOPLE} retirees who belonged to two groups before retiring, by groups kept. Cohort study (English Longitudinal Study of Ageing), Steffens et al. (2016)`,
    alt: `Icon arrays, deaths per ${PEOPLE} retirees: ${rows.map((r) => `${r.label.toLowerCase()} ${r.per_100}`).join(", ")}.`,
    description:
      `One grid of ${PEOPLE} icons for each of the ${rows.length} groups of retirees who had two group memberships before retiring; filled icons stand for deaths in the first ${years} years of retirement. ` +
      rows.map((r) => `${r.label}: ${frequency(r)} (a published risk of ${r.risk_percent}%).`).join(" ") +
      ` A cohort study of retirees, not of social prescribing: an association, not a personal risk or proof of cause.`,
    notes: [
      `Risks as printed in the abstract; "${PEOPLE} people" is a natural frequency calculated from each published percentage. The abstract says the links held when controlling for age, gender, relationship status and socioeconomic status before retirement.`,
      "An observational cohort of English retirees and matched non-retirees, not of social prescribing patients; not the target study. Not anyone's personal risk.",
    ],
    datasets: ["steffens-2016-risk"],
    sources,
    table: {
      caption: `Risk of death in the first ${years} years of retirement, by groups kept`,
      columns: [
        { key: "label", label: "Retirees who", format: "text" },
        { key: "risk_percent", label: "Risk of death (%)", format: "number" },
        { key: "per_100", label: `Deaths per ${PEOPLE}`, format: "number", calculated: true, method: RISK_PER_HUNDRED_METHODS.per_100 },
      ],
      rows: rows.map(({ label, risk_percent, per_100 }) => ({ label, risk_percent, per_100 })),
    },
    pointMark: "mark-point-label",
    plot: ({ width, narrow, document }) => {
      const gap = narrow ? 1.5 : 2.5;
      const x = (i: Icon) => i.group * (PER_ROW + gap) + i.col;
      const centre = (group: number) => group * (PER_ROW + gap) + (PER_ROW - 1) / 2;
      const span = rows.length * (PER_ROW + gap) - gap;
      const r = narrow ? 3.6 : 6.5;
      return Plot.plot({
        document,
        width,
        height: narrow ? 210 : 330,
        marginLeft: 10,
        marginRight: 10,
        marginTop: narrow ? 56 : 64,
        marginBottom: 10,
        style: { fontSize: `${FONT_SIZE}px` },
        x: { axis: null, domain: [-0.5, span - 0.5] },
        y: { axis: null, domain: [-0.5, PER_ROW - 0.5], reverse: true },
        marks: [
          Plot.dot(
            icons.filter((i) => !i.died),
            { x, y: "row", r, stroke: palette.reference, strokeWidth: 1, fill: "none", className: "mark-icon-alive" },
          ),
          Plot.dot(
            icons.filter((i) => i.died),
            { x, y: "row", r: r + 0.5, symbol: "square", fill: palette.primary, className: "mark-icon-died" },
          ),
          Plot.text(rows, {
            x: (_: RiskPerHundredRow, i: number) => centre(i),
            y: -0.5,
            text: "label",
            dy: narrow ? -36 : -42,
            fontWeight: "bold",
            lineWidth: narrow ? 7 : 20,
          }),
          Plot.text(rows, {
            x: (_: RiskPerHundredRow, i: number) => centre(i),
            y: -0.5,
            text: (row: RiskPerHundredRow) => `${frequency(row)} died`,
            dy: -14,
            className: "mark-point-label",
          }),
        ],
      });
    },
  };
}
