import { getChart, type ChartId } from "../charts/index.ts";
import { chartPagePath, downloadPath, embedPagePath } from "../charts/paths.ts";
import { getResource, siteData, type ResourceName } from "../data/index.ts";
import { absoluteUrl } from "../lib/absolute-url.ts";
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

/** Where a chart, its files and its datasets live, as absolute URLs. */
export function chartLinks(id: ChartId, site: URL | string | undefined): ChartLinks {
  const pkg = siteData();
  return {
    page: absoluteUrl(chartPagePath(id), site),
    embed: absoluteUrl(embedPagePath(id), site),
    files: Object.fromEntries(DOWNLOAD_KINDS.map((kind) => [kind, absoluteUrl(downloadPath(id, kind), site)])),
    datasets: getChart(id).datasets.map((name) => {
      const { resource } = getResource(pkg, name as ResourceName);
      return { name, title: resource.title, page: absoluteUrl(`/data/#${name}`, site), csv: absoluteUrl(`/data/${resource.path}`, site) };
    }),
  };
}

const cache = new Map<string, ChartDownload[]>();

/**
 * Every download of one chart, generated once per build and shared by the chart page (which
 * prints their sizes) and the endpoint that writes them (src/pages/charts/[id]/[file].ts).
 */
export function chartDownloads(id: ChartId, site: URL | string | undefined): ChartDownload[] {
  const key = `${id} ${String(site)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const model = getChart(id);
  const links = chartLinks(id, site);
  const { svg } = standaloneChartSvg(model, links.page);
  const bodies: Record<DownloadKind, string | Uint8Array<ArrayBuffer>> = {
    png: svgToPng(svg, 2).png,
    svg,
    csv: chartCsv(model.table),
    json: chartMetadata(model, links),
    bib: bibtex(chartReference(model, links.page)),
    ris: ris(chartReference(model, links.page)),
  };
  const downloads = DOWNLOAD_KINDS.map((kind) => {
    const body = bodies[kind];
    const bytes = typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
    return { kind, file: `${id}.${kind}`, path: downloadPath(id, kind), body, bytes };
  });
  cache.set(key, downloads);
  return downloads;
}

/** "3 KB": sizes for link text, rounded up to whole kilobytes as the /data/ page does. */
export function formatBytes(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}
