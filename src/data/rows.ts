/**
 * Row types of each table in data/, declared once here from the table schemas in
 * data/datapackage.json (test/data/rows.test.ts keeps the two in step). Layers above use these
 * names instead of untyped records.
 */

/** data/participant-flow.csv: people surveyed at each wave (JHP 2022 abstract). */
export interface ParticipantFlowRow {
  wave: "T0" | "T1" | "T2";
  label: string;
  timing: string;
  n: number;
}

/** data/pathway-measures.csv: the five constructs, in chain order. */
export interface PathwayMeasureRow {
  id: string;
  step: number;
  label: string;
  plain_label: string;
}

/** data/pathway-links.csv: each link of the chain and its direction (no sizes are published). */
export interface PathwayLinkRow {
  from: string;
  to: string;
  direction: "positive" | "negative";
  described_as: string;
}

/** data/interview-sample.csv: BMJ Open 2019 Study 1 interviewees by role. */
export interface InterviewSampleRow {
  group: "service_users" | "gps" | "health_coaches" | "link_workers";
  role: string;
  n: number;
}

/** data/england-context.csv: national figures, each dated and sourced. */
export interface EnglandContextRow {
  id: string;
  measure: string;
  value: number;
  unit: string;
  qualifier: string | null;
  period: string;
  date: string;
  source_id: string;
}

/** This site's verdict on a press-release claim (defined on /press/ from src/lib/claim-status.ts). */
export type ClaimStatus = "supported" | "differs" | "overstated" | "not-verifiable" | "opinion";

/** data/press-claims.csv: each claim of the NTU release of 8 July 2020 beside what the sources support. */
export interface PressClaimRow {
  id: number;
  where: "Photo caption" | "Notes for editors" | null;
  claim: string;
  summary: string;
  status: ClaimStatus;
  verdict: string;
  support: string;
  caveat: string;
  source_id: string;
}

/** data/service-use-figures.csv: SOURCES.md §10.5, each health-service-use figure with its study and design. */
export interface ServiceUseFigureRow {
  id: string;
  order: number;
  study: string;
  design_group: "controlled" | "observational" | "uncontrolled" | "press";
  design: string;
  finding: string;
  caveat: string;
  source_id: string;
}

/** Resource name → row type. */
export interface ResourceRows {
  "participant-flow": ParticipantFlowRow;
  "pathway-measures": PathwayMeasureRow;
  "pathway-links": PathwayLinkRow;
  "interview-sample": InterviewSampleRow;
  "england-context": EnglandContextRow;
  "press-claims": PressClaimRow;
  "service-use-figures": ServiceUseFigureRow;
}

export type ResourceName = keyof ResourceRows;

/** Field names per resource, in schema order; checked against datapackage.json by a test. */
export const RESOURCE_FIELDS: { [K in ResourceName]: (keyof ResourceRows[K])[] } = {
  "participant-flow": ["wave", "label", "timing", "n"],
  "pathway-measures": ["id", "step", "label", "plain_label"],
  "pathway-links": ["from", "to", "direction", "described_as"],
  "interview-sample": ["group", "role", "n"],
  "england-context": ["id", "measure", "value", "unit", "qualifier", "period", "date", "source_id"],
  "press-claims": ["id", "where", "claim", "summary", "status", "verdict", "support", "caveat", "source_id"],
  "service-use-figures": ["id", "order", "study", "design_group", "design", "finding", "caveat", "source_id"],
};
