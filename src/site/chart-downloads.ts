import { chartPagePath, downloadPath, embedPagePath } from "../charts/paths.ts";
import { chartFiles, DOWNLOAD_KINDS, type ChartDownload } from "../downloads/chart-files.ts";
import type { ChartLinks } from "../downloads/chart-metadata.ts";
import { absoluteUrl } from "../lib/absolute-url.ts";
import { getChart, type ChartId } from "./charts.ts";
import { chartDatasets } from "./datasets.ts";

/** Where a chart, its files and its datasets live, as absolute URLs. */
export function chartLinks(id: ChartId, site: URL | string | undefined): ChartLinks {
  return {
    page: absoluteUrl(chartPagePath(id), site),
    embed: absoluteUrl(embedPagePath(id), site),
    files: Object.fromEntries(DOWNLOAD_KINDS.map((kind) => [kind, absoluteUrl(downloadPath(id, kind), site)])),
    datasets: chartDatasets(getChart(id)).map((d) => ({
      name: d.name,
      title: d.title,
      page: absoluteUrl(`/data/#${d.name}`, site),
      csv: absoluteUrl(`/data/${d.path}`, site),
    })),
  };
}

const cache = new Map<string, ChartDownload[]>();

/**
 * Every download of one chart, generated once per build and shared by the chart page (which
 * prints their sizes) and the endpoint that writes them (src/pages/charts/[id]/[file].ts).
 */
export function chartDownloads(id: ChartId, site: URL | string | undefined): ChartDownload[] {
  const key = `${id} ${String(site)}`;
  let downloads = cache.get(key);
  if (!downloads) {
    downloads = chartFiles(getChart(id), chartLinks(id, site));
    cache.set(key, downloads);
  }
  return downloads;
}
