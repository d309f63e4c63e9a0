import type { APIRoute, GetStaticPaths } from "astro";
import { publishedDataFiles } from "../../site/datasets.ts";

const TYPES: Record<string, string> = { ".csv": "text/csv; charset=utf-8", ".json": "application/json; charset=utf-8" };

/** Publishes data/ verbatim at /data/<file>: every CSV and the datapackage.json that describes them. */
export const getStaticPaths = (() => publishedDataFiles().map(({ file, body }) => ({ params: { file }, props: { body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ params, props }) => {
  const file = String(params["file"]);
  const { body } = props;
  return new Response(body, { headers: { "Content-Type": TYPES[file.slice(file.lastIndexOf("."))] ?? "text/plain" } });
};
