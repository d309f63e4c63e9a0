import type { ChartModel } from "../charts/types.ts";
import { getResource, type LoadedResource, type PressClaimRow, type ResourceName } from "../data/index.ts";
import { formatBytes } from "../lib/format.ts";
import { dataFile, siteData, siteResource } from "./data.ts";

/** A data/ table as the /data/ page and chart pages list it. */
export interface DatasetEntry extends LoadedResource {
  /** Rows in the CSV. */
  rowCount: number;
  /** Size of the CSV for link text ("1 KB"). */
  size: string;
}

/** The tables a chart is drawn from, by its `datasets` names; an unknown name stops the build. */
export function chartDatasets(chart: Pick<ChartModel, "datasets">): { name: string; title: string; path: string; rowCount: number }[] {
  return chart.datasets.map((name) => {
    const { resource, rows } = getResource(siteData(), name as ResourceName);
    return { name, title: resource.title, path: resource.path, rowCount: rows.length };
  });
}

/** Every table of the package, in datapackage.json order, with its size, for /data/. */
export function datasetList(): DatasetEntry[] {
  return [...siteData().resources.values()].map((r) => ({
    ...r,
    rowCount: r.rows.length,
    size: formatBytes(dataFile(r.resource.path).length),
  }));
}

/** The package descriptor's file size for link text. */
export function datapackageSize(): string {
  return formatBytes(dataFile("datapackage.json").length);
}

/** The files published verbatim at /data/<file>: datapackage.json and every CSV, with their bodies. */
export function publishedDataFiles(): { file: string; body: string }[] {
  const pkg = siteData();
  return ["datapackage.json", ...pkg.descriptor.resources.map((r) => r.path)].map((file) => ({
    file,
    body: dataFile(file).toString("utf8"),
  }));
}

/** The rows of the claims ledger on /press/, from data/press-claims.csv. */
export function pressClaims(): PressClaimRow[] {
  return siteResource("press-claims").rows;
}
