import type { ColumnTable } from "arquero";
import { DataError } from "./errors.ts";
import type { LoadedPackage, LoadedResource } from "./load.ts";
import { RESOURCE_FIELDS, type PressClaimRow, type ResourceName, type ResourceRows } from "./rows.ts";

export { loadDataPackage } from "./load.ts";
export { checkRowTypes } from "./rows-module.ts";

export { DataError } from "./errors.ts";
export type { LoadedPackage, LoadedResource } from "./load.ts";
export type * from "./rows.ts";

/** How far the published sources support a press-release claim (SOURCES.md section 3 status key). */
export type ClaimStatus = PressClaimRow["status"];
export type { Source, Resource, Field, License } from "./schema.ts";

/** A validated table with its rows typed. */
export interface TypedResource<K extends ResourceName> extends Omit<LoadedResource, "rows"> {
  rows: ResourceRows[K][];
  table: ColumnTable;
}

/**
 * One table of a package by name, typed by its row type. The cast is sound because both sides come
 * from the descriptor: the loader checked every cell with validators built from it (cast.ts), and
 * src/site/data.ts stops the build when rows.ts is not what the same descriptor generates.
 */
export function getResource<K extends ResourceName>(pkg: LoadedPackage, name: K): TypedResource<K> {
  const loaded = pkg.resources.get(name);
  if (!loaded) throw new DataError(pkg.file, `has no resource "${name}" (expected one of ${Object.keys(RESOURCE_FIELDS).join(", ")})`);
  return loaded as unknown as TypedResource<K>;
}
