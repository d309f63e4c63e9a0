import { downloadPath } from "../charts/paths.ts";
import type { ChartModel } from "../charts/types.ts";
import { svgToPng } from "../lib/raster.ts";
import { bibtex } from "../citation/bibtex.ts";
import { chartReference } from "../citation/chart-reference.ts";
import { ris } from "../citation/ris.ts";
import { chartCsv } from "./chart-csv.ts";
import { chartMetadata, type ChartLinks } from "./chart-metadata.ts";
import { standaloneChartSvg } from "./chart-svg.ts";

/** The files every chart offers, in the order the page lists them. */
export const DOWNLOAD_KINDS = ["png", "svg", "csv", "json", "bib", "ris"] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** Media type and what the link says the file is (after "Download PNG"), by kind. */
export const DOWNLOAD_TYPES: Record<DownloadKind, { mediaType: string; label: string }> = {
  png: { mediaType: "image/png", label: "image at twice screen size, for slides and print" },
  svg: { mediaType: "image/svg+xml", label: "image that scales to any size" },
  csv: { mediaType: "text/csv; charset=utf-8", label: "spreadsheet of the plotted numbers" },
  json: { mediaType: "application/json; charset=utf-8", label: "metadata: title, sources, licence, citation" },
  bib: { mediaType: "application/x-bibtex; charset=utf-8", label: "citation for BibTeX and LaTeX" },
  ris: { mediaType: "application/x-research-info-systems; charset=utf-8", label: "citation for Zotero, EndNote, Mendeley" },
};

/** One generated file of a chart. */
export interface ChartDownload {
  kind: DownloadKind;
  /** File name, "<id>.<kind>". */
  file: string;
  /** Site path, "/charts/<id>/<id>.<kind>". */
  path: string;
  body: string | Uint8Array<ArrayBuffer>;
  /** Size in bytes, for the link text. */
  bytes: number;
}

/**
 * The files of one chart, in DOWNLOAD_KINDS order: the picture (SVG, and PNG at twice screen
 * size), the plotted rows as CSV (at the table's precision) and the metadata as JSON (full
 * precision). src/site/chart-downloads.ts gives it the model and links and caches the result.
 */
export function chartFiles(model: ChartModel, links: ChartLinks): ChartDownload[] {
  const { svg } = standaloneChartSvg(model, links.page);
  const bodies: Record<DownloadKind, string | Uint8Array<ArrayBuffer>> = {
    png: svgToPng(svg, 2).png,
    svg,
    csv: chartCsv(model.table),
    json: chartMetadata(model, links),
    bib: bibtex(chartReference(model, links.page)),
    ris: ris(chartReference(model, links.page)),
  };
  return DOWNLOAD_KINDS.map((kind) => {
    const body = bodies[kind];
    const bytes = typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
    return { kind, file: `${model.id}.${kind}`, path: downloadPath(model.id, kind), body, bytes };
  });
}
