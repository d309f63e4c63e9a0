import type { ColumnTable } from "arquero";
import { getResource, type LoadedPackage } from "../data/index.ts";
import { shareOfUnadjusted } from "../analysis/adjustment-share.ts";
import { riskPerHundred } from "../analysis/risk-per-hundred.ts";
import { linkWorkerSeries } from "../analysis/link-worker-series.ts";
import { pathwaySteps } from "../analysis/pathway-steps.ts";
import { requireRow } from "../analysis/require-row.ts";
import { retentionByWave } from "../analysis/retention.ts";
import { CHART_IDS, isChartId, type ChartId } from "../charts/ids.ts";
import { answeredAgainChart } from "../charts/answered-again.ts";
import { interviewSampleChart } from "../charts/interview-sample.ts";
import { linkWorkersEnglandChart } from "../charts/link-workers-england.ts";
import { participantFlowChart } from "../charts/participant-flow.ts";
import { participantFlowSharesChart } from "../charts/participant-flow-shares.ts";
import { groups4HealthWithinArmChart } from "../charts/groups4health-within-arm.ts";
import { kielyGradeProfileChart } from "../charts/kiely-grade-profile.ts";
import { munford2017AdjustmentChart, type Munford2017Input } from "../charts/munford-2017-adjustment.ts";
import { munford2020QalyChart } from "../charts/munford-2020-qaly.ts";
import { steffens2016IconsChart } from "../charts/steffens-2016-icons.ts";
import { socialCurePathwayChart, type PathwayInput } from "../charts/social-cure-pathway.ts";
import type { ChartModel } from "../charts/types.ts";
import { siteData } from "./data.ts";

export { CHART_IDS, isChartId, type ChartId } from "../charts/ids.ts";
export type { ChartModel } from "../charts/types.ts";

/** The published chain, in order, with the sources of its links. */
export function pathwayInput(pkg: LoadedPackage = siteData()): PathwayInput {
  const links = getResource(pkg, "pathway-links");
  const measures = getResource(pkg, "pathway-measures");
  // pathwaySteps() joins each link to its two measures; a link whose measure is missing would drop out of the chain unseen.
  for (const link of links.rows) {
    for (const end of [link.from, link.to])
      requireRow(measures.rows, measures.file, "id", end, `the link ${link.from} → ${link.to} in ${links.file}`);
  }
  return { steps: pathwaySteps(measures.table, links.table), sources: links.resource.sources };
}

/** Munford et al. (2017)'s adjustment steps with the share of the unadjusted difference left (calculated). */
function munford2017Input(pkg: LoadedPackage): Munford2017Input {
  const steps = getResource(pkg, "munford-2017-adjustment");
  return { steps: shareOfUnadjusted(steps.table), sources: steps.resource.sources };
}

/** data/participant-flow.csv, which must hold the entry wave (T0) that every later wave is compared with. */
function entryWave(pkg: LoadedPackage) {
  const flow = getResource(pkg, "participant-flow");
  requireRow(flow.rows, flow.file, "wave", "T0", "the participant-flow and answered-again charts");
  return flow;
}

/** How each chart is built from the data package: the only place charts meet data/ (chart files get tables). */
const builders: { [K in ChartId]: (pkg: LoadedPackage) => ChartModel } = {
  "participant-flow": (pkg) => {
    const flow = entryWave(pkg);
    return participantFlowChart({ retention: retentionByWave(flow.table), sources: flow.resource.sources });
  },
  "social-cure-pathway": (pkg) => socialCurePathwayChart(pathwayInput(pkg)),
  "interview-sample": (pkg) => {
    const sample = getResource(pkg, "interview-sample");
    return interviewSampleChart({ sample: sample.table, sources: sample.resource.sources });
  },
  "link-workers-england": (pkg) => {
    const context = getResource(pkg, "england-context");
    const target = requireRow(context.rows, context.file, "id", "target_link_workers", "the link-workers-england chart");
    const series = linkWorkerSeries(context.table);
    const used = new Set(series.array("source_id") as string[]).add(target.source_id);
    return linkWorkersEnglandChart({ series, target, sources: context.resource.sources.filter((s) => used.has(s.id)) });
  },
  "kiely-grade-profile": (pkg) => {
    const grade = getResource(pkg, "kiely-2022-grade");
    return kielyGradeProfileChart({ grade: grade.table, sources: grade.resource.sources });
  },
  "groups4health-within-arm": (pkg) => {
    const effects = getResource(pkg, "groups4health-effects");
    return groups4HealthWithinArmChart({ effects: effects.table, sources: effects.resource.sources });
  },
  "munford-2017-adjustment": (pkg) => munford2017AdjustmentChart(munford2017Input(pkg)),
  "munford-2020-qaly": (pkg) => {
    const qaly = getResource(pkg, "munford-2020-qaly");
    return munford2020QalyChart({ qaly: qaly.table, sources: qaly.resource.sources });
  },
  "steffens-2016-icons": (pkg) => {
    const risks = getResource(pkg, "steffens-2016-risk");
    return steffens2016IconsChart({ risks: riskPerHundred(risks.table), sources: risks.resource.sources });
  },
  "answered-again": (pkg) => {
    const flow = entryWave(pkg);
    return answeredAgainChart({ retention: retentionByWave(flow.table), sources: flow.resource.sources });
  },
};

const cache = new Map<ChartId, ChartModel>();

/**
 * The chart with this id, built from the site's data (cached per build) or from `pkg` when a test
 * passes one. An unknown id names the ids that exist.
 */
export function getChart(id: string, pkg?: LoadedPackage): ChartModel {
  if (!isChartId(id)) throw new Error(`Unknown chart id "${id}". Expected one of: ${CHART_IDS.join(", ")}.`);
  if (pkg) return builders[id](pkg);
  let model = cache.get(id);
  if (!model) {
    model = builders[id](siteData());
    cache.set(id, model);
  }
  return model;
}

/**
 * The participant-flow chart's second view, the shares of entrants (calculated), for its
 * counts/shares switch (components/explainer/WaveFlow.astro). Not a chart of its own: its old id
 * redirects to participant-flow (redirects.ts).
 */
export function getParticipantFlowShares(pkg: LoadedPackage = siteData()): ChartModel {
  const flow = entryWave(pkg);
  return participantFlowSharesChart({ retention: retentionByWave(flow.table), sources: flow.resource.sources });
}

/**
 * Munford et al. (2017)'s chart drawn up to adjustment step `upTo`: one stage of the explorable
 * figure that adds one adjustment at a time (components/evidence/AdjustmentSteps.astro).
 */
export function getMunford2017Stage(upTo: number, pkg: LoadedPackage = siteData()): ChartModel {
  return munford2017AdjustmentChart({ ...munford2017Input(pkg), upTo });
}

/** Every chart, in the order of CHART_IDS. */
export function allCharts(): ChartModel[] {
  return CHART_IDS.map((id) => getChart(id));
}

/** Munford et al. (2017)'s adjustment steps with the share of the unadjusted difference left, for the step-by-step figure (AdjustmentSteps.astro). */
export function munford2017Steps(pkg: LoadedPackage = siteData()): ColumnTable {
  return munford2017Input(pkg).steps;
}
