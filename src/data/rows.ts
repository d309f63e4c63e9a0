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

/** data/pathway-links.csv: each link of the chain and its direction (the abstract reports direction only). */
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

/** How far the published sources support a press-release claim (SOURCES.md section 3 status key). */
export type ClaimStatus = "supported" | "supported-direction" | "partly" | "partly-secondary" | "not-verifiable" | "opinion";

/** data/press-claims.csv: each claim of the NTU release of 8 July 2020 beside what the sources support. */
export interface PressClaimRow {
  id: number;
  where: "Photo caption" | "Notes for editors" | null;
  claim: string;
  status: ClaimStatus;
  support: string;
  caveat: string;
  source_id: string;
}

/** data/interview-abstract.csv: BMJ Open 2019 Study 1 interviewees as the abstract counts them. */
export interface InterviewAbstractRow {
  group: "gps" | "healthcare_providers" | "service_users";
  role: string;
  n: number;
  source_id: string;
}

/** GRADE's four levels of certainty, as reviews print them. */
export type GradeCertainty = "High" | "Moderate" | "Low" | "Very low";

/** data/kiely-2022-grade.csv: the GRADE summary of findings of Kiely et al. (2022), one row per outcome. */
export interface KielyGradeRow {
  id: string;
  outcome: string;
  finding: string;
  rct_studies: number;
  rct_participants: number;
  cba_studies: number | null;
  cba_participants: number | null;
  contributing_studies: string;
  certainty: GradeCertainty;
}

/** data/evidence-reviews.csv: reviews of social prescribing, what they included and their verdict on bias. */
export interface EvidenceReviewRow {
  id: string;
  review: string;
  scope: string;
  included: number;
  included_unit: "studies" | "evaluations" | "projects";
  risk_of_bias: string | null;
  source_id: string;
}

/** Study designs the site names (SOURCES rule 13), in words a reader understands. */
export type StudyDesign = "Randomised controlled trial" | "Matched groups design" | "Controlled before–after study" | "Uncontrolled before-and-after study" | "Controlled study (design not given)";

/** data/evidence-review-designs.csv: how many included studies had each design, per review. */
export interface EvidenceReviewDesignRow {
  review_id: string;
  design: StudyDesign;
  studies: number;
  risk_of_bias: "low" | "high" | null;
  source_id: string;
}

/** data/groups4health-effects.csv: within-arm d per outcome and arm of the Groups 4 Health RCT. */
export interface Groups4HealthEffectRow {
  outcome_id: string;
  outcome: string;
  arm: "Groups 4 Health" | "Treatment as usual";
  d: number;
  source_id: string;
}

/** data/munford-2017-adjustment.csv: the EQ-5D-5L difference with each adjustment added. */
export interface Munford2017AdjustmentRow {
  step: number;
  adjustment: string;
  difference: number;
  ci_low: number;
  ci_high: number;
  source_id: string;
}

/** data/munford-2020-qaly.csv: QALY gain with its 95% CI by months of follow-up. */
export interface Munford2020QalyRow {
  months: number;
  qaly_gain: number;
  ci_low: number;
  ci_high: number;
  source_id: string;
}

/** data/steffens-2016-risk.csv: risk of death in retirement by groups kept. */
export interface Steffens2016RiskRow {
  groups_kept: number;
  label: string;
  risk_percent: number;
  years: number;
  source_id: string;
}

/** data/bu-2024-referrals.csv: what happens after a referral, published abstract or preprint. */
export interface Bu2024ReferralRow {
  id: string;
  measure: string;
  low: number;
  high: number | null;
  unit: "%" | "people";
  version: "published" | "preprint";
  source_id: string;
}

/** data/study-facts.csv: verbatim phrases about the target study's setting. */
export interface StudyFactRow {
  id: string;
  fact: string;
  text: string;
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
  "interview-abstract": InterviewAbstractRow;
  "kiely-2022-grade": KielyGradeRow;
  "evidence-reviews": EvidenceReviewRow;
  "evidence-review-designs": EvidenceReviewDesignRow;
  "groups4health-effects": Groups4HealthEffectRow;
  "munford-2017-adjustment": Munford2017AdjustmentRow;
  "munford-2020-qaly": Munford2020QalyRow;
  "steffens-2016-risk": Steffens2016RiskRow;
  "bu-2024-referrals": Bu2024ReferralRow;
  "study-facts": StudyFactRow;
}

export type ResourceName = keyof ResourceRows;

/** Field names per resource, in schema order; checked against datapackage.json by a test. */
export const RESOURCE_FIELDS: { [K in ResourceName]: (keyof ResourceRows[K])[] } = {
  "participant-flow": ["wave", "label", "timing", "n"],
  "pathway-measures": ["id", "step", "label", "plain_label"],
  "pathway-links": ["from", "to", "direction", "described_as"],
  "interview-sample": ["group", "role", "n"],
  "england-context": ["id", "measure", "value", "unit", "qualifier", "period", "date", "source_id"],
  "press-claims": ["id", "where", "claim", "status", "support", "caveat", "source_id"],
  "interview-abstract": ["group", "role", "n", "source_id"],
  "kiely-2022-grade": ["id", "outcome", "finding", "rct_studies", "rct_participants", "cba_studies", "cba_participants", "contributing_studies", "certainty"],
  "evidence-reviews": ["id", "review", "scope", "included", "included_unit", "risk_of_bias", "source_id"],
  "evidence-review-designs": ["review_id", "design", "studies", "risk_of_bias", "source_id"],
  "groups4health-effects": ["outcome_id", "outcome", "arm", "d", "source_id"],
  "munford-2017-adjustment": ["step", "adjustment", "difference", "ci_low", "ci_high", "source_id"],
  "munford-2020-qaly": ["months", "qaly_gain", "ci_low", "ci_high", "source_id"],
  "steffens-2016-risk": ["groups_kept", "label", "risk_percent", "years", "source_id"],
  "bu-2024-referrals": ["id", "measure", "low", "high", "unit", "version", "source_id"],
  "study-facts": ["id", "fact", "text", "source_id"],
};
