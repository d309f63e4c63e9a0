import { pathwaySteps } from "../analysis/pathway-steps.ts";
import { socialCurePathwayChart } from "../charts/social-cure-pathway.ts";
import type { ChartModel } from "../charts/types.ts";
import type { PathwayLinkRow, Source } from "../data/index.ts";
import { DataError } from "../data/errors.ts";
import { pathwayInput } from "./charts.ts";
import { siteResource } from "./data.ts";

/** One link of the chain as the step-by-step explainer shows it (pathwaySteps()'s row). */
export interface PathwayStep {
  step: number;
  from: string;
  to: string;
  from_plain: string;
  to_plain: string;
  direction: PathwayLinkRow["direction"];
  described_as: string;
}

/** What /how-it-works/ shows: the links in order, their sources, and the source saying what was measured. */
export interface PathwayExplainer {
  steps: PathwayStep[];
  linkSources: Source[];
  measuredSource: Source;
}

/** The chain's links for the explainer, from data/pathway-links.csv and data/pathway-measures.csv. */
export function pathwayExplainer(): PathwayExplainer {
  const links = siteResource("pathway-links");
  const measures = siteResource("pathway-measures");
  const steps = pathwaySteps(measures.table, links.table).objects() as PathwayStep[];
  if (steps.length === 0) throw new DataError(links.file, "has no links (expected at least one for the explainer at /how-it-works/)");
  const measuredSource = measures.resource.sources[0];
  if (!measuredSource)
    throw new DataError("data/datapackage.json", `resource "pathway-measures" has no source (expected one saying what was measured)`);
  return { steps, linkSources: links.resource.sources, measuredSource };
}

/**
 * The pathway diagram drawn up to link `upTo` (1 to the number of links), one stage of the
 * step-by-step explainer at /how-it-works/.
 */
export function pathwayStage(upTo: number): ChartModel {
  return socialCurePathwayChart({ ...pathwayInput(), upTo });
}
