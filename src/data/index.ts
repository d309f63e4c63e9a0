import type { ColumnTable } from "arquero";
import { DataError } from "./errors.ts";
import type { LoadedPackage, LoadedResource } from "./load.ts";
export { loadDataPackage } from "./load.ts";
import { RESOURCE_FIELDS, type ResourceName, type ResourceRows } from "./rows.ts";

export { DataError } from "./errors.ts";
export type { LoadedPackage, LoadedResource } from "./load.ts";
export type * from "./rows.ts";
export type { Source, Resource, Field, License } from "./schema.ts";

/** A validated table with its rows typed. */
export interface TypedResource<K extends ResourceName> extends Omit<LoadedResource, "rows"> {
  rows: ResourceRows[K][];
  table: ColumnTable;
}

/** One table of a package by name, typed by its declared row type. */
export function getResource<K extends ResourceName>(pkg: LoadedPackage, name: K): TypedResource<K> {
  const loaded = pkg.resources.get(name);
  if (!loaded) throw new DataError(pkg.file, `has no resource "${name}" (expected one of ${Object.keys(RESOURCE_FIELDS).join(", ")})`);
  return loaded as unknown as TypedResource<K>;
}
