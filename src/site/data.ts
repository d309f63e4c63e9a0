import { join } from "node:path";
import { getResource, loadDataPackage, type LoadedPackage, type ResourceName, type TypedResource } from "../data/index.ts";

/**
 * The one module that reads data/: the site's data package, loaded and validated once per build
 * from data/ at the project root. Everything else in src/site builds from it; nothing outside
 * src/site imports src/data for values (the layer rules in .dependency-cruiser.cjs check it).
 */

let cached: LoadedPackage | undefined;

/** The site's data package, loaded on first use. */
export function siteData(): LoadedPackage {
  cached ??= loadDataPackage(join(process.cwd(), "data"));
  return cached;
}

/** One table of the site's data package, typed by its row type. */
export function siteResource<K extends ResourceName>(name: K): TypedResource<K> {
  return getResource(siteData(), name);
}
