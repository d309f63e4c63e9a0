import { apaText } from "../citation/apa.ts";
import { JHP_2022 } from "../citation/papers.ts";
import { doiUrl } from "../citation/reference.ts";
import type { ChartModel } from "../charts/types.ts";
import { PRECISION } from "../lib/format.ts";
import { SITE } from "../lib/site.ts";

/** What the JSON's rows hold, against the rounded page, tooltips and CSV; written from the precision they use. */
export const JSON_PRECISION_NOTE = `Rows are at full precision: calculated values are not rounded. The page, its tooltips and the CSV download round counts that are not whole to ${PRECISION.decimalDigits} decimal place and shares to ${PRECISION.percentDigits === 0 ? "whole percentages" : `${PRECISION.percentDigits} decimal places of a percentage`} (${PRECISION.percentDigits + 2} decimal places as a share from 0 to 1).`;

/** Where a chart and everything about it lives, as absolute URLs. */
export interface ChartLinks {
  /** The permalink, /charts/<id>/. */
  page: string;
  /** The iframe page, /embed/<id>/. */
  embed: string;
  /** Download URL by file extension. */
  files: Record<string, string>;
  /** The data/ tables the chart is drawn from: their section on /data/ and their CSV. */
  datasets: { name: string; title: string; page: string; csv: string }[];
}

/**
 * The chart's metadata as JSON: what it shows, where the numbers come from, which columns were
 * calculated and how, the licence and how to cite the paper. For newsrooms and archives that keep
 * a record beside the picture.
 */
export function chartMetadata(model: ChartModel, links: ChartLinks): string {
  const metadata = {
    id: model.id,
    title: model.title,
    subtitle: model.subtitle,
    description: model.description,
    altText: model.alt,
    notes: model.notes,
    url: links.page,
    embedUrl: links.embed,
    creator: SITE.name,
    licence: { name: SITE.licence.text.name, url: SITE.licence.text.url },
    sources: model.sources.map((s) => ({ title: s.title, url: s.path, locator: s.locator ?? null, quote: s.quote, accessed: s.accessed })),
    datasets: links.datasets,
    columns: model.table.columns.map((c) => ({
      key: c.key,
      label: c.label,
      format: c.format,
      calculated: c.calculated ?? false,
      ...(c.method ? { method: c.method } : {}),
    })),
    precision: JSON_PRECISION_NOTE,
    rows: model.table.rows,
    paper: { citation: apaText(JHP_2022), doi: JHP_2022.doi, url: doiUrl(JHP_2022.doi) },
    files: links.files,
  };
  return `${JSON.stringify(metadata, null, 2)}\n`;
}
