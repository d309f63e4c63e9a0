import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../data/index.ts";

const TYPES: Record<string, string> = { ".csv": "text/csv; charset=utf-8", ".json": "application/json; charset=utf-8" };

/** Publishes data/ verbatim at /data/<file>: every CSV and the datapackage.json that describes them. */
export const getStaticPaths = (() => {
  const pkg = siteData();
  return ["datapackage.json", ...pkg.descriptor.resources.map((r) => r.path)].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params["file"]);
  const body = readFileSync(join(process.cwd(), "data", file), "utf8");
  return new Response(body, { headers: { "Content-Type": TYPES[file.slice(file.lastIndexOf("."))] ?? "text/plain" } });
};
