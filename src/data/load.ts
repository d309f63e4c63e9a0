import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { from, type ColumnTable } from "arquero";
import { CsvSyntaxError, parseCsv, type CsvPosition, type CsvRecord } from "./csv.ts";
import { validateDescriptor } from "./descriptor.ts";
import { DataError, found } from "./errors.ts";
import { expectedOf, rowSchema, type Row } from "./row-schema.ts";
import type { DataPackage, Resource } from "./schema.ts";

export type { Cell } from "./cast.ts";
export type { Row } from "./row-schema.ts";

/** One validated table with everything a page needs to credit it. */
export interface LoadedResource {
  resource: Resource;
  /** Path of the CSV relative to the project root, for messages and download links. */
  file: string;
  rows: Row[];
  /** The line in the CSV of each row, for messages about cross-table checks. */
  lines: number[];
  /** Where each cell of each row starts (field name → line and column), for the same messages. */
  positions: Record<string, CsvPosition>[];
  table: ColumnTable;
}

export interface LoadedPackage {
  descriptor: DataPackage;
  /** Path of datapackage.json relative to the project root. */
  file: string;
  resources: Map<string, LoadedResource>;
}

const display = (path: string) => relative(process.cwd(), path) || path;

function readRecords(path: string, file: string): CsvRecord[] {
  try {
    return parseCsv(readFileSync(path, "utf8"));
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new DataError(file, `is not valid CSV: ${error.message.replace(/^\d+:\d+: /, "")}`, error.line, error.column);
  }
}

function readRows(resource: Resource, path: string): Omit<LoadedResource, "resource" | "file" | "table"> {
  const file = display(path);
  const fields = resource.schema.fields;
  const expectedColumns = fields.map((f) => f.name).join(", ");
  if (!existsSync(path)) throw new DataError(file, `file not found (listed as resource "${resource.name}" in datapackage.json)`);
  const [header, ...body] = readRecords(path, file);
  if (!header) throw new DataError(file, `the file is empty (expected a header row: ${expectedColumns})`);
  const columns = header.cells.map((cell) => cell.trim());
  columns.forEach((column, index) => {
    if (!fields.some((f) => f.name === column)) {
      throw new DataError(file, `unexpected column "${column}" (expected columns: ${expectedColumns})`, header.line, header.at[index]?.column);
    }
    if (columns.indexOf(column) !== index) {
      throw new DataError(file, `column "${column}" appears twice (expected columns: ${expectedColumns})`, header.line, header.at[index]?.column);
    }
  });
  for (const field of fields) {
    if (!columns.includes(field.name)) {
      throw new DataError(file, `missing column "${field.name}" (expected columns: ${expectedColumns})`, header.line, 1);
    }
  }
  if (body.length === 0) throw new DataError(file, `has a header but no rows (expected at least one row of ${expectedColumns})`);
  const schema = rowSchema(resource);
  const keys = new Map<string, number>();
  const positions: Record<string, CsvPosition>[] = [];
  const rows = body.map(({ line, cells, at }) => {
    if (cells.length !== columns.length) {
      // Point at the first cell too many, or at the last cell of a short row.
      throw new DataError(file, `expected ${columns.length} cells (${expectedColumns}), found ${cells.length}`, line, at[Math.min(cells.length - 1, columns.length)]?.column);
    }
    const raw = Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ""]));
    const where = Object.fromEntries(columns.map((column, index) => [column, at[index]!]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0]);
      throw new DataError(file, `column "${column}" expected ${expectedOf(issue)}, found ${found(raw[column] ?? "")}`, where[column]?.line, where[column]?.column);
    }
    const row = parsed.data;
    const primaryKey = resource.schema.primaryKey ?? [];
    if (primaryKey.length > 0) {
      const key = JSON.stringify(primaryKey.map((k) => row[k]));
      const first = keys.get(key);
      if (first !== undefined) {
        const shown = primaryKey.map((k) => `${k} = ${JSON.stringify(row[k])}`).join(", ");
        throw new DataError(file, `duplicate primary key ${shown} (first seen on line ${first}; expected each row to be unique)`, line, 1);
      }
      keys.set(key, line);
    }
    positions.push(where);
    return row;
  });
  return { rows, lines: body.map((record) => record.line), positions };
}

/** Every foreign key of every table names a row that exists (the descriptor checked the tables and fields exist). */
function checkForeignKeys(pkg: LoadedPackage): void {
  for (const loaded of pkg.resources.values()) {
    for (const fk of loaded.resource.schema.foreignKeys ?? []) {
      const target = pkg.resources.get(fk.reference.resource)!;
      const allowed = new Set(target.rows.map((r) => r[fk.reference.fields]));
      loaded.rows.forEach((row, index) => {
        // An empty optional cell refers to nothing, which Table Schema allows.
        if (row[fk.fields] !== null && !allowed.has(row[fk.fields] ?? null)) {
          const at = loaded.positions[index]?.[fk.fields];
          throw new DataError(
            loaded.file,
            `column "${fk.fields}" expected one of ${fk.reference.resource}.${fk.reference.fields} (${[...allowed].join(", ")}), found ${found(String(row[fk.fields] ?? ""))}`,
            at?.line,
            at?.column,
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
    const read = readRows(resource, path);
    resources.set(resource.name, { resource, file: display(path), ...read, table: from(read.rows) });
  }
  const pkg = { descriptor, file, resources };
  checkForeignKeys(pkg);
  return pkg;
}
