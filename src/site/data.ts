import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRowTypes, getResource, loadDataPackage, type LoadedPackage, type ResourceName, type TypedResource } from "../data/index.ts";

/**
 * The one module that reads data/: the site's data package, loaded and validated once per build
 * from data/ at the project root, and the files themselves for publishing verbatim. Everything else
 * in src/site builds from it; nothing outside src/site imports src/data for values (the layer
 * rules in .dependency-cruiser.cjs check it).
 */

const DATA_DIR = join(process.cwd(), "data");

let cached: LoadedPackage | undefined;

/** The site's data package, loaded on first use. */
export function siteData(): LoadedPackage {
  if (!cached) {
    const pkg = loadDataPackage(DATA_DIR);
    // src/data/rows.ts is generated from the descriptor: a stale copy stops the build.
    checkRowTypes(pkg.descriptor, join(process.cwd(), "src", "data", "rows.ts"));
    cached = pkg;
  }
  return cached;
}

/** A file of data/ as published at /data/<file>: datapackage.json or a CSV the package lists, as it is on disk. */
export function dataFile(file: string): Buffer {
  const pkg = siteData();
  const listed = file === "datapackage.json" || pkg.descriptor.resources.some((r) => r.path === file);
  if (!listed) throw new Error(`data/${file}: not a file of the data package (expected datapackage.json or a path it lists)`);
  return readFileSync(join(DATA_DIR, file));
}

/** One table of the site's data package, typed by its row type. */
export function siteResource<K extends ResourceName>(name: K): TypedResource<K> {
  return getResource(siteData(), name);
}
