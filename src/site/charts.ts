import { getResource, type LoadedPackage } from "../data/index.ts";
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
import { socialCurePathwayChart, type PathwayInput } from "../charts/social-cure-pathway.ts";
import type { ChartModel } from "../charts/types.ts";
import { siteData } from "./data.ts";

export { CHART_IDS, isChartId, type ChartId } from "../charts/ids.ts";
export type { ChartModel } from "../charts/types.ts";

/** The published chain, in order, with the sources of its links (the site's own unless a test passes a package). */
export function pathwayInput(pkg: LoadedPackage = siteData()): PathwayInput {
  const links = getResource(pkg, "pathway-links");
  const measures = getResource(pkg, "pathway-measures");
  // pathwaySteps() joins each link to its two measures; a link whose measure is missing would drop out of the chain unseen.
  for (const link of links.rows) {
    for (const end of [link.from, link.to]) requireRow(measures.rows, measures.file, "id", end, `the link ${link.from} → ${link.to} in ${links.file}`);
  }
  return { steps: pathwaySteps(measures.table, links.table), sources: links.resource.sources };
}

/** data/participant-flow.csv, which must hold the entry wave (T0) that every later wave is compared with. */
function entryWave(pkg: LoadedPackage) {
  const flow = getResource(pkg, "participant-flow");
  requireRow(flow.rows, flow.file, "wave", "T0", "the participant-flow, participant-flow-shares and answered-again charts");
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
  "participant-flow-shares": (pkg) => {
    const flow = entryWave(pkg);
    return participantFlowSharesChart({ retention: retentionByWave(flow.table), sources: flow.resource.sources });
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

/** Every chart, in the order of CHART_IDS. */
export function allCharts(): ChartModel[] {
  return CHART_IDS.map((id) => getChart(id));
}
