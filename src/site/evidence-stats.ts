import type { LoadedPackage, Source } from "../data/index.ts";
import { getResource } from "../data/index.ts";
import { shareOfUnadjusted, type AdjustmentShareRow } from "../analysis/adjustment-share.ts";
import { riskPerHundred, type RiskPerHundredRow } from "../analysis/risk-per-hundred.ts";
import type { Stat } from "../analysis/stats.ts";

/** "primary_care_visits" → "primaryCareVisits": stat names are dotted camelCase. */
const camel = (id: string) => id.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

/** Short stat keys for the designs the reviews count (SOURCES rule 13 names). */
const DESIGN_KEYS = {
  "Randomised controlled trial": "rct",
  "Matched groups design": "matchedGroups",
  "Controlled before–after study": "cba",
  "Uncontrolled before-and-after study": "uncontrolled",
  "Controlled study (design not given)": "controlled",
} as const;

/** The sources a row names through its source_id. */
const sourceOf = (sources: Source[], id: string) => sources.filter((s) => s.id === id);

/** The two limits of a published 95% confidence interval as `<key>.ciLow` and `<key>.ciHigh`, at the three decimals printed. */
function setInterval95(stats: Map<string, Stat>, key: string, [low, high]: [number, number], what: string, sources: Source[]): void {
  stats.set(`${key}.ciLow`, { value: low, format: "decimal", decimals: 3, calculated: false, label: `Lower 95% CI, ${what}`, sources });
  stats.set(`${key}.ciHigh`, { value: high, format: "decimal", decimals: 3, calculated: false, label: `Upper 95% CI, ${what}`, sources });
}

/**
 * Stats from the wider evidence (SOURCES §10), each named after its own study so that no number
 * can be read as the target study's: `reviews.cooper2022.uncontrolled`, `g4h.loneliness.g4h.d`,
 * `munford2017.step3.shareLeft`. Published values are copied; shares left after adjustment and
 * natural frequencies are calculated here and flagged.
 */
export function evidenceStats(pkg: LoadedPackage, stats: Map<string, Stat>): void {
  const facts = getResource(pkg, "study-facts");
  for (const r of facts.rows) {
    stats.set(`study.${camel(r.id)}`, {
      value: r.text,
      format: "text",
      calculated: false,
      label: r.fact,
      sources: sourceOf(facts.resource.sources, r.source_id),
    });
  }

  const reviews = getResource(pkg, "evidence-reviews");
  for (const r of reviews.rows) {
    stats.set(`reviews.${camel(r.id)}.included`, {
      value: r.included,
      format: "number",
      calculated: false,
      unit: r.included_unit,
      label: `${r.included_unit} included in ${r.review}`,
      sources: sourceOf(reviews.resource.sources, r.source_id),
    });
  }
  const designs = getResource(pkg, "evidence-review-designs");
  for (const r of designs.rows) {
    const unit = r.studies === 1 ? "study" : "studies";
    stats.set(`reviews.${camel(r.review_id)}.${DESIGN_KEYS[r.design]}`, {
      value: r.studies,
      format: "number",
      calculated: false,
      label: `${r.design}: ${unit} in the review ${r.review_id}`,
      sources: sourceOf(designs.resource.sources, r.source_id),
    });
  }

  const grade = getResource(pkg, "kiely-2022-grade");
  for (const r of grade.rows) {
    const key = `kiely.${camel(r.id)}`;
    const sources = grade.resource.sources;
    stats.set(`${key}.certainty`, {
      value: r.certainty.toLowerCase(),
      format: "text",
      calculated: false,
      label: `GRADE certainty, ${r.outcome} (Kiely et al. 2022)`,
      sources,
    });
    stats.set(`${key}.rctParticipants`, {
      value: r.rct_participants,
      format: "number",
      calculated: false,
      unit: "participants",
      label: `Participants in RCTs, ${r.outcome} (Kiely et al. 2022)`,
      sources,
    });
    stats.set(`${key}.rcts`, {
      value: r.rct_studies,
      format: "number",
      calculated: false,
      label: `RCTs contributing, ${r.outcome} (Kiely et al. 2022)`,
      sources,
    });
  }

  const g4h = getResource(pkg, "groups4health-effects");
  for (const r of g4h.rows) {
    const arm = r.arm === "Groups 4 Health" ? "g4h" : "tau";
    stats.set(`g4h.${camel(r.outcome_id)}.${arm}.d`, {
      value: r.d,
      format: "decimal",
      decimals: 2,
      calculated: false,
      label: `Within-arm d, ${r.outcome}, ${r.arm} (Haslam et al. 2019)`,
      sources: sourceOf(g4h.resource.sources, r.source_id),
    });
  }

  const munford = getResource(pkg, "munford-2017-adjustment");
  for (const r of shareOfUnadjusted(munford.table).objects() as AdjustmentShareRow[]) {
    const key = `munford2017.step${r.step}`;
    const sources = sourceOf(munford.resource.sources, r.source_id);
    const what = `EQ-5D-5L difference, adjusted for ${r.adjustment.toLowerCase()} (Munford et al. 2017)`;
    stats.set(`${key}.difference`, { value: r.difference, format: "decimal", decimals: 3, calculated: false, label: what, sources });
    setInterval95(stats, key, [r.ci_low, r.ci_high], what, sources);
    if (r.step > 1)
      stats.set(`${key}.shareLeft`, {
        value: r.share_left,
        format: "percent",
        calculated: true,
        label: `Share of the unadjusted difference left at step ${r.step}, calculated from the published differences (Munford et al. 2017)`,
        sources,
      });
  }

  const qaly = getResource(pkg, "munford-2020-qaly");
  for (const r of qaly.rows) {
    const key = `munford2020.m${r.months}`;
    const sources = sourceOf(qaly.resource.sources, r.source_id);
    const what = `QALY gain at ${r.months} months (Munford et al. 2020)`;
    stats.set(`${key}.months`, {
      value: r.months,
      format: "number",
      calculated: false,
      unit: "months",
      label: `Follow-up of the QALY estimate (Munford et al. 2020)`,
      sources,
    });
    stats.set(`${key}.qaly`, { value: r.qaly_gain, format: "decimal", decimals: 3, calculated: false, label: what, sources });
    setInterval95(stats, key, [r.ci_low, r.ci_high], what, sources);
  }

  const steffens = getResource(pkg, "steffens-2016-risk");
  for (const r of riskPerHundred(steffens.table).objects() as RiskPerHundredRow[]) {
    const sources = sourceOf(steffens.resource.sources, r.source_id);
    stats.set(`steffens2016.kept${r.groups_kept}.per100`, {
      value: r.per_100,
      format: "number",
      calculated: true,
      unit: "in 100",
      label: `Retirees who died in the first ${r.years} years, per 100, ${r.label.toLowerCase()}, calculated from the published risk (Steffens et al. 2016)`,
      sources,
    });
    stats.set("steffens2016.years", {
      value: r.years,
      format: "number",
      calculated: false,
      unit: "years",
      label: "Years of retirement the risks cover (Steffens et al. 2016)",
      sources,
    });
  }

  const bu = getResource(pkg, "bu-2024-referrals");
  for (const r of bu.rows) {
    const sources = sourceOf(bu.resource.sources, r.source_id);
    const key = `bu2024.${camel(r.id)}`;
    const label = `${r.measure} (Bu et al. 2024, ${r.version === "preprint" ? "preprint" : "published abstract"})`;
    // Percentages are stored as printed (72) and written as shares so they read "72%".
    const value = (v: number) =>
      r.unit === "%" ? { value: v / 100, format: "percent" as const } : { value: v, format: "number" as const, unit: r.unit };
    stats.set(r.high === null ? key : `${key}.low`, { ...value(r.low), calculated: false, label, sources });
    if (r.high !== null) stats.set(`${key}.high`, { ...value(r.high), calculated: false, label, sources });
  }
}
