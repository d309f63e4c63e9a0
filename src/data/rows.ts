// Generated from data/datapackage.json by `npm run data:types` (src/data/rows-module.ts): do not edit.
// test/data/rows.test.ts fails when this file and the descriptor drift apart.

/** data/participant-flow.csv: People who answered the survey at each wave (JHP 2022). */
export interface ParticipantFlowRow {
  /** Survey wave, as the paper labels it. */
  wave: "T0" | "T1" | "T2";
  /** Short label for charts. */
  label: string;
  /** When the wave was collected, in the abstract's words. */
  timing: string;
  /** Number of people who answered at that wave. Unit: people. */
  n: number;
}

/** data/pathway-measures.csv: What the survey measured (JHP 2022). */
export interface PathwayMeasureRow {
  /** Stable identifier of the construct. */
  id: string;
  /** Position of the construct in the published chain, from 1 (first). */
  step: number;
  /** Construct name as the sources use it. */
  label: string;
  /** The construct in plain words for patient pages. */
  plain_label: string;
}

/** data/pathway-links.csv: Direction of each link in the social-cure pathway (JHP 2022). */
export interface PathwayLinkRow {
  /** Construct at the start of the link. */
  from: string;
  /** Construct at the end of the link. */
  to: string;
  /** positive: more of one went with more of the other; negative: more of one went with less of the other. */
  direction: "positive" | "negative";
  /** The words of the source that give the direction. */
  described_as: string;
}

/** data/interview-sample.csv: Who was interviewed in the companion study (BMJ Open 2019, Study 1). */
export interface InterviewSampleRow {
  /** Stable identifier of the group. */
  group: "service_users" | "gps" | "health_coaches" | "link_workers";
  /** Role as the paper names it. */
  role: string;
  /** Number of people interviewed. Unit: people. */
  n: number;
}

/** data/england-context.csv: Social prescribing in England: targets, workforce and referrals. */
export interface EnglandContextRow {
  /** Stable identifier of the figure. */
  id: string;
  /** What the figure counts. */
  measure: string;
  /** The figure as the source prints it, in the unit given. */
  value: number;
  /** Unit of the value. */
  unit: string;
  /** Words the source puts before the figure (at least, more than, an estimated), if any. */
  qualifier: string | null;
  /** The period the figure refers to, in the source's words. */
  period: string;
  /** ISO 8601 date at the precision the source gives (year, month or day); for a financial year, its last day. */
  date: string;
  /** Identifier of the source in this resource's sources list. */
  source_id: string;
}

/** data/press-claims.csv: Claims in the university's press release of 8 July 2020, checked against the published sources. */
export interface PressClaimRow {
  /** Position of the claim in the ledger, in the order of the release. */
  id: number;
  /** The part of the release the claim comes from, when it is not the main text. */
  where: "Photo caption" | "Notes for editors" | null;
  /** The claim, quoted word for word from the release; … marks omitted words. */
  claim: string;
  /** The claim shortened to a few words for the verdict list, in this site's words; quoted words are the release's. */
  summary: string;
  /** This site's verdict on the claim: supported (the published sources say this; for a finding, its direction, as the abstracts give no sizes); differs (right in substance, but a detail differs from the published sources); overstated (part is supported, but the wording goes further, usually with cause-and-effect words); not-verifiable (the published sources do not report it, so it cannot be checked); opinion (a view or recommendation, not a study result). */
  status: "supported" | "differs" | "overstated" | "not-verifiable" | "opinion";
  /** What the status rests on, in one line, shown after the status; for a claim with a number, what the status says about the number comes first. */
  verdict: string;
  /** What the published abstracts and records say about the claim, quoted where possible, with their addresses. */
  support: string;
  /** What a report using the claim should say or avoid. */
  caveat: string;
  /** The release the claim is quoted from. */
  source_id: string;
}

/** data/help-now.csv: Where to get help now: phone numbers for urgent help in England. */
export interface HelpNowRow {
  /** Stable identifier of the service. */
  id: string;
  /** Name of the service, as a reader would say it. */
  service: string;
  /** The number to call, as the source prints it (digits and spaces only). */
  phone: string;
  /** When to use the service, in plain words from the source. */
  when_to_call: string;
  /** What to do, in plain words from the source. */
  what_to_do: string;
  /** Identifier of the source in this resource's sources list. */
  source_id: string;
}

/** data/service-use-figures.csv: Does social prescribing cut GP visits? The health-service-use figures and the designs behind them. */
export interface ServiceUseFigureRow {
  /** Identifier of the figure. */
  id: string;
  /** Position in the box: by design, strongest first (controlled trials, then observational records, then uncontrolled evaluations, then a press release). */
  order: number;
  /** Who published the figure, and when. */
  study: string;
  /** controlled (controlled trials); observational (records of people who were and were not referred, without random allocation); uncontrolled (before-and-after figures with no comparison group); press (a press release's figure whose basis is not published). */
  design_group: "controlled" | "observational" | "uncontrolled" | "press";
  /** The study's design and size, in words a reader understands (SOURCES.md rule 13). */
  design: string;
  /** The figure, quoted word for word from the source; … marks omitted words. */
  finding: string;
  /** What a reader must know to use the figure. */
  caveat: string;
  /** Where the figure was read. */
  source_id: string;
}

/** data/interview-abstract.csv: Who was interviewed, as the companion study's abstract counts them (BMJ Open 2019, Study 1). */
export interface InterviewAbstractRow {
  /** Stable identifier of the group. */
  group: "gps" | "healthcare_providers" | "service_users";
  /** Group as the abstract names it. */
  role: string;
  /** Number of people interviewed, as printed in the abstract. Unit: people. */
  n: number;
  /** Id of the source in this resource's sources. */
  source_id: string;
}

/** data/kiely-2022-grade.csv: What controlled trials of link workers found, and how certain it is (Kiely et al. 2022, systematic review with GRADE). */
export interface Kiely2022GradeRow {
  /** Stable identifier of the outcome. */
  id: string;
  /** Outcome as the review names it. */
  outcome: string;
  /** The review's finding, verbatim. */
  finding: string;
  /** Number of randomised controlled trials contributing. Unit: studies. */
  rct_studies: number;
  /** Participants in the contributing RCTs. Unit: people. */
  rct_participants: number;
  /** Number of controlled before–after studies contributing; empty where the review lists none. Unit: studies. */
  cba_studies: number | null;
  /** Participants in the contributing controlled before–after studies; empty where the review lists none. Unit: people. */
  cba_participants: number | null;
  /** The review's column of contributing studies, verbatim, with where they were run. */
  contributing_studies: string;
  /** Overall certainty of the evidence, as printed. */
  certainty: "High" | "Moderate" | "Low" | "Very low";
}

/** data/evidence-reviews.csv: Reviews of social prescribing and what they say about the evidence. */
export interface EvidenceReviewRow {
  /** Stable identifier of the review. */
  id: string;
  /** Authors, year and journal. */
  review: string;
  /** What the review looked at, in brief. */
  scope: string;
  /** How many studies, evaluations or projects the review included. */
  included: number;
  /** What the included count counts, in the review's word. */
  included_unit: "studies" | "evaluations" | "projects";
  /** The review's verdict on risk of bias, verbatim; empty where the abstract gives none. */
  risk_of_bias: string | null;
  /** Id of the source in this resource's sources. */
  source_id: string;
}

/** data/evidence-review-designs.csv: Designs of the studies in two reviews of social prescribing. */
export interface EvidenceReviewDesignRow {
  /** Id of the review in evidence-reviews. */
  review_id: string;
  /** Study design, in plain words. */
  design: "Randomised controlled trial" | "Matched groups design" | "Controlled before–after study" | "Uncontrolled before-and-after study" | "Controlled study (design not given)";
  /** Number of included studies with this design. Unit: studies. */
  studies: number;
  /** The review's rating for studies of this design, where it gives one. */
  risk_of_bias: "low" | "high" | null;
  /** Id of the source in this resource's sources. */
  source_id: string;
}

/** data/groups4health-effects.csv: Groups 4 Health and treatment as usual: change within each arm of a randomised trial (Haslam et al. 2019). */
export interface Groups4healthEffectRow {
  /** Stable identifier of the outcome. */
  outcome_id: string;
  /** Outcome in the abstract's words. */
  outcome: string;
  /** Trial arm. */
  arm: "Groups 4 Health" | "Treatment as usual";
  /** Change within the arm from baseline to follow-up, as Cohen's d, as printed; below 0 means the measure fell. Unit: d. */
  d: number;
  /** Id of the source in this resource's sources. */
  source_id: string;
}

/** data/munford-2017-adjustment.csv: Quality of life of older people who did and did not take part in community assets, before and after adjustment (Munford et al. 2017). */
export interface Munford2017AdjustmentRow {
  /** Order in which the adjustments were added, from 1 (unadjusted). */
  step: number;
  /** What this step adds to the adjustments before it, in plain words; each step keeps the earlier ones. */
  adjustment: string;
  /** Points by which participants' score was higher than non-participants', as printed. Unit: EQ-5D-5L points. */
  difference: number;
  /** Lower limit of the 95% confidence interval, as printed. Unit: EQ-5D-5L points. */
  ci_low: number;
  /** Upper limit of the 95% confidence interval, as printed. Unit: EQ-5D-5L points. */
  ci_high: number;
  /** Id of the source in this resource's sources. */
  source_id: string;
}

/** data/munford-2020-qaly.csv: Quality-adjusted life years gained on starting to take part in community assets, by follow-up (Munford et al. 2020). */
export interface Munford2020QalyRow {
  /** Months after starting to participate. Unit: months. */
  months: number;
  /** Gain in quality-adjusted life years, as printed. Unit: QALYs. */
  qaly_gain: number;
  /** Lower limit of the 95% confidence interval, as printed. Unit: QALYs. */
  ci_low: number;
  /** Upper limit of the 95% confidence interval, as printed. Unit: QALYs. */
  ci_high: number;
  /** Id of the source in this resource's sources. */
  source_id: string;
}

/** data/steffens-2016-risk.csv: Risk of death in the first 6 years of retirement, by groups kept (Steffens et al. 2016). */
export interface Steffens2016RiskRow {
  /** How many of their two groups the retirees kept. */
  groups_kept: number;
  /** Short label for charts. */
  label: string;
  /** Risk of death in the first years of retirement, as printed. Unit: %. */
  risk_percent: number;
  /** Length of the period the risk covers, as printed. Unit: years. */
  years: number;
  /** Id of the source in this resource's sources. */
  source_id: string;
}

/** data/bu-2024-referrals.csv: What happens after a referral to social prescribing (Bu et al. 2024). */
export interface Bu2024ReferralRow {
  /** Stable identifier of the figure. */
  id: string;
  /** What the figure counts, in plain words. */
  measure: string;
  /** The figure as printed, or the lower end of a printed range. */
  low: number;
  /** Upper end of a printed range; empty for a single figure. */
  high: number | null;
  /** Unit of the figure. */
  unit: "%" | "people";
  /** Whether the figure was read in the published abstract or in the preprint. */
  version: "published" | "preprint";
  /** Id of the source in this resource's sources. */
  source_id: string;
}

/** data/study-facts.csv: Facts about the target study's setting, in the sources' words. */
export interface StudyFactRow {
  /** Stable identifier of the fact. */
  id: string;
  /** What the phrase describes, and whose words it is. */
  fact: string;
  /** The source's words, verbatim. */
  text: string;
  /** Id of the source in this resource's sources. */
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
  "help-now": HelpNowRow;
  "service-use-figures": ServiceUseFigureRow;
  "interview-abstract": InterviewAbstractRow;
  "kiely-2022-grade": Kiely2022GradeRow;
  "evidence-reviews": EvidenceReviewRow;
  "evidence-review-designs": EvidenceReviewDesignRow;
  "groups4health-effects": Groups4healthEffectRow;
  "munford-2017-adjustment": Munford2017AdjustmentRow;
  "munford-2020-qaly": Munford2020QalyRow;
  "steffens-2016-risk": Steffens2016RiskRow;
  "bu-2024-referrals": Bu2024ReferralRow;
  "study-facts": StudyFactRow;
}

export type ResourceName = keyof ResourceRows;

/** Field names per resource, in schema order. */
export const RESOURCE_FIELDS: { [K in ResourceName]: (keyof ResourceRows[K])[] } = {
  "participant-flow": ["wave", "label", "timing", "n"],
  "pathway-measures": ["id", "step", "label", "plain_label"],
  "pathway-links": ["from", "to", "direction", "described_as"],
  "interview-sample": ["group", "role", "n"],
  "england-context": ["id", "measure", "value", "unit", "qualifier", "period", "date", "source_id"],
  "press-claims": ["id", "where", "claim", "summary", "status", "verdict", "support", "caveat", "source_id"],
  "help-now": ["id", "service", "phone", "when_to_call", "what_to_do", "source_id"],
  "service-use-figures": ["id", "order", "study", "design_group", "design", "finding", "caveat", "source_id"],
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
