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
};
