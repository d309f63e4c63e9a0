import type { APIRoute, GetStaticPaths } from "astro";
import { CHART_IDS, type ChartId } from "../../../site/charts.ts";
import { DOWNLOAD_KINDS, DOWNLOAD_TYPES, type DownloadKind } from "../../../downloads/chart-files.ts";
import { chartDownloads } from "../../../site/chart-downloads.ts";

/** Writes each chart's downloads at build: /charts/<id>/<id>.png, .svg, .csv and .json. */
export const getStaticPaths = (() =>
  CHART_IDS.flatMap((id) =>
    DOWNLOAD_KINDS.map((kind) => ({ params: { id, file: `${id}.${kind}` }, props: { id, kind } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: ChartId; kind: DownloadKind }> = ({ props, site }) => {
  const download = chartDownloads(props.id, site).find((d) => d.kind === props.kind);
  if (!download) throw new Error(`No ${props.kind} download for chart "${props.id}"`);
  return new Response(download.body, { headers: { "Content-Type": DOWNLOAD_TYPES[props.kind].mediaType } });
};
