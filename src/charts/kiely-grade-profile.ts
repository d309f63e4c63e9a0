import * as Plot from "@observablehq/plot";
import type { ColumnTable } from "arquero";
import type { Kiely2022GradeRow as KielyGradeRow, Source } from "../data/index.ts";

/** A GRADE certainty level, as the schema's enum gives it. */
type GradeCertainty = KielyGradeRow["certainty"];
import { formatNumber } from "../lib/format.ts";
import { assertInCategories } from "./domain.ts";
import { FONT_SIZE, palette } from "./palette.ts";
import type { ChartModel } from "./types.ts";

/** Inputs: rows of data/kiely-2022-grade.csv and its sources. */
export interface KielyGradeInput {
  grade: ColumnTable;
  sources: Source[];
}

/**
 * GRADE's levels from least to most certain: the x axis. Fixed on purpose: the scale is GRADE's, and
 * showing all four levels, including those no outcome reached, is the point of the chart.
 */
export const GRADE_LEVELS: readonly GradeCertainty[] = ["Very low", "Low", "Moderate", "High"];

/** "RCTs 894 · CBAs 1,292": who is behind a finding, by design, with participants as printed. */
export function contributorsText(row: KielyGradeRow): string {
  const rct = `${row.rct_studies} RCT${row.rct_studies === 1 ? "" : "s"} (${formatNumber(row.rct_participants)})`;
  if (row.cba_studies === null || row.cba_participants === null) return rct;
  return `${rct}, ${row.cba_studies} CBA${row.cba_studies === 1 ? "" : "s"} (${formatNumber(row.cba_participants)})`;
}

/**
 * "How certain is what controlled trials of link workers found?": one row per outcome of Kiely et
 * al. (2022)'s summary of findings, a dot at its overall GRADE certainty, labelled with the
 * contributing randomised trials and controlled before–after studies and their participants.
 * Outcomes in the review's order. The title is checked against the data: no outcome above Low.
 */
export function kielyGradeProfileChart({ grade, sources }: KielyGradeInput): ChartModel {
  const rows = grade.objects() as KielyGradeRow[];
  if (rows.length === 0) throw new Error("kielyGradeProfileChart: data/kiely-2022-grade.csv has no rows");
  assertInCategories(
    "kiely-grade-profile",
    rows.map((r) => ({ row: `outcome "${r.outcome}" (data/kiely-2022-grade.csv)`, value: r.certainty })),
    GRADE_LEVELS,
    "GRADE's four levels",
  );
  const above = rows.find((r) => GRADE_LEVELS.indexOf(r.certainty) > GRADE_LEVELS.indexOf("Low"));
  if (above)
    throw new Error(
      `kielyGradeProfileChart: its title says no finding is above low certainty, but "${above.outcome}" is ${above.certainty}`,
    );
  const count = (level: GradeCertainty) => rows.filter((r) => r.certainty === level).length;
  return {
    id: "kiely-grade-profile",
    title: "Controlled studies of link workers give low or very low certainty on every outcome reviewed",
    subtitle:
      "Overall GRADE certainty of each finding for social prescribing link workers vs usual care, with the randomised controlled trials (RCTs) and controlled before–after studies (CBAs) behind it. Systematic review, Kiely et al. (2022)",
    alt: `Dot chart of GRADE certainty by outcome: ${count("Low")} outcomes low, ${count("Very low")} very low; none moderate or high.`,
    description:
      `Each row is an outcome in the review's summary of findings, with a dot at its overall GRADE certainty (very low, low, moderate or high) and the studies behind it. ` +
      rows
        .map((r) => `${r.outcome}: ${r.certainty.toLowerCase()} certainty, from ${contributorsText(r)}. The review says: "${r.finding}".`)
        .join(" "),
    notes: [
      "Overall GRADE certainty, findings and participant numbers as printed in the review's summary of findings; participants in brackets. The review's table continues with further rows (such as costs) that this site has not read.",
      "A systematic review of controlled trials only. Neither the target study nor its companion is a controlled trial, so neither could be included.",
    ],
    datasets: ["kiely-2022-grade"],
    sources,
    table: {
      caption: "GRADE summary of findings for social prescribing link workers vs usual care",
      columns: [
        { key: "outcome", label: "Outcome", format: "text" },
        { key: "certainty", label: "Overall GRADE certainty", format: "text" },
        { key: "finding", label: "Review finding", format: "text" },
        { key: "contributing_studies", label: "Contributing studies (participants)", format: "text" },
      ],
      rows: rows.map(({ outcome, certainty, finding, contributing_studies }) => ({ outcome, certainty, finding, contributing_studies })),
    },
    pointMark: "mark-primary",
    plot: ({ width, narrow, document }) =>
      Plot.plot({
        document,
        width,
        height: 62 * rows.length + 50,
        marginLeft: 16,
        marginRight: 16,
        marginTop: 10,
        marginBottom: 40,
        style: { fontSize: `${FONT_SIZE}px` },
        x: { type: "point", domain: GRADE_LEVELS, label: "Overall GRADE certainty", labelAnchor: "left", labelArrow: "none", padding: 0.3 },
        y: { axis: null, domain: rows.map((r) => r.outcome), padding: 0.5 },
        marks: [
          Plot.ruleX(GRADE_LEVELS, { stroke: palette.reference, strokeOpacity: 0.3, className: "mark-reference" }),
          Plot.text(rows, {
            frameAnchor: "left",
            y: "outcome",
            text: "outcome",
            textAnchor: "start",
            dy: -22,
            fontWeight: "bold",
            lineWidth: narrow ? 19 : 70,
          }),
          Plot.dot(rows, { y: "outcome", x: "certainty", r: 7, fill: palette.primary, className: "mark-primary" }),
          Plot.text(rows, {
            y: "outcome",
            x: "certainty",
            text: contributorsText,
            textAnchor: "start",
            dx: 12,
            lineWidth: narrow ? 12 : 40,
          }),
        ],
      }),
  };
}
