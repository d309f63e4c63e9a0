import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { from, type ColumnTable } from "arquero";
import { castCell } from "./cast.ts";
import { parseCsv } from "./csv.ts";
import { validateDescriptor } from "./descriptor.ts";
import { DataError, found } from "./errors.ts";
import type { DataPackage, Resource } from "./schema.ts";

/** A cell value after casting; null only for optional empty cells. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** One validated table with everything a page needs to credit it. */
export interface LoadedResource {
  resource: Resource;
  /** Path of the CSV relative to the project root, for messages and download links. */
  file: string;
  rows: Row[];
  /** The line in the CSV of each row, for messages about cross-table checks. */
  lines: number[];
  table: ColumnTable;
}

export interface LoadedPackage {
  descriptor: DataPackage;
  /** Path of datapackage.json relative to the project root. */
  file: string;
  resources: Map<string, LoadedResource>;
}

const display = (path: string) => relative(process.cwd(), path) || path;

function readRows(resource: Resource, path: string): { rows: Row[]; lines: number[] } {
  const file = display(path);
  const fields = resource.schema.fields;
  const expectedColumns = fields.map((f) => f.name).join(", ");
  if (!existsSync(path)) throw new DataError(file, `file not found (listed as resource "${resource.name}" in datapackage.json)`);
  let records;
  try {
    records = parseCsv(readFileSync(path, "utf8"));
  } catch (error) {
    throw new DataError(file, `is not valid CSV: ${(error as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) throw new DataError(file, `the file is empty (expected a header row: ${expectedColumns})`);
  const columns = header.cells.map((cell) => cell.trim());
  for (const column of columns) {
    if (!fields.some((f) => f.name === column)) {
      throw new DataError(file, `unexpected column "${column}" (expected columns: ${expectedColumns})`, header.line);
    }
  }
  for (const field of fields) {
    if (!columns.includes(field.name)) {
      throw new DataError(file, `missing column "${field.name}" (expected columns: ${expectedColumns})`, header.line);
    }
  }
  if (body.length === 0) throw new DataError(file, `has a header but no rows (expected at least one row of ${expectedColumns})`);
  const keys = new Map<string, number>();
  const rows = body.map(({ line, cells }) => {
    if (cells.length !== columns.length) {
      throw new DataError(file, `expected ${columns.length} cells (${expectedColumns}), found ${cells.length}`, line);
    }
    const row: Row = {};
    for (const field of fields) {
      const raw = cells[columns.indexOf(field.name)] ?? "";
      const cast = castCell(field, raw);
      if (!cast.ok) throw new DataError(file, `expected ${cast.expected}, found ${found(raw)}`, line, field.name);
      row[field.name] = cast.value;
    }
    const primaryKey = resource.schema.primaryKey ?? [];
    if (primaryKey.length > 0) {
      const key = JSON.stringify(primaryKey.map((k) => row[k]));
      const first = keys.get(key);
      if (first !== undefined) {
        const shown = primaryKey.map((k) => `${k} = ${JSON.stringify(row[k])}`).join(", ");
        throw new DataError(file, `duplicate primary key ${shown} (first seen on line ${first}; expected each row to be unique)`, line);
      }
      keys.set(key, line);
    }
    // Rows may name their source; it must be one this resource lists, so every figure stays traceable.
    if ("source_id" in row && !resource.sources.some((s) => s.id === row["source_id"])) {
      const ids = resource.sources.map((s) => s.id).join(", ");
      throw new DataError(file, `expected one of this resource's source ids (${ids}), found ${found(String(row["source_id"] ?? ""))}`, line, "source_id");
    }
    return row;
  });
  return { rows, lines: body.map((record) => record.line) };
}

function checkForeignKeys(pkg: LoadedPackage): void {
  for (const loaded of pkg.resources.values()) {
    for (const fk of loaded.resource.schema.foreignKeys ?? []) {
      const target = pkg.resources.get(fk.reference.resource);
      if (!target) throw new DataError(pkg.file, `resource "${loaded.resource.name}" refers to unknown resource "${fk.reference.resource}"`);
      const allowed = new Set(target.rows.map((r) => r[fk.reference.fields]));
      loaded.rows.forEach((row, index) => {
        if (!allowed.has(row[fk.fields] ?? null)) {
          throw new DataError(
            loaded.file,
            `expected one of ${fk.reference.resource}.${fk.reference.fields} (${[...allowed].join(", ")}), found ${found(String(row[fk.fields] ?? ""))}`,
            loaded.lines[index],
            fk.fields,
          );
        }
      });
    }
  }
}

/**
 * Reads data/datapackage.json and every CSV it lists, checks each row against its table schema and
 * returns Arquero tables. The first problem stops the build with one message naming the file, line
 * and column, what was expected and what was found.
 */
export function loadDataPackage(dir: string): LoadedPackage {
  const descriptorPath = join(dir, "datapackage.json");
  const file = display(descriptorPath);
  if (!existsSync(descriptorPath)) throw new DataError(file, "file not found (expected the data package descriptor)");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(descriptorPath, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new DataError(file, `is not valid JSON: ${(error as Error).message}`);
  }
  const descriptor = validateDescriptor(json, file);
  const resources = new Map<string, LoadedResource>();
  for (const resource of descriptor.resources) {
    const path = join(dir, resource.path);
    const { rows, lines } = readRows(resource, path);
    resources.set(resource.name, { resource, file: display(path), rows, lines, table: from(rows) });
  }
  const pkg = { descriptor, file, resources };
  checkForeignKeys(pkg);
  return pkg;
}
