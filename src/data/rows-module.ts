import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { DataError } from "./errors.ts";
import type { DataPackage, Field, Resource } from "./schema.ts";

/** "press-claims" → "PressClaimRow": the last word singular, as a row holds one of them. */
export function rowTypeName(resource: string): string {
  const words = resource.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const last = words.length - 1;
  return `${words.map((word, i) => (i === last && /[^su]s$/.test(word) ? word.slice(0, -1) : word)).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("")}Row`;
}

/** The TypeScript type of a field's cast value (see cast.ts): enums become unions of their values. */
function fieldType(field: Field): string {
  const c = field.constraints ?? {};
  const base = c.enum
    ? c.enum.map((value) => JSON.stringify(value)).join(" | ")
    : { string: "string", date: "string", integer: "number", number: "number", boolean: "boolean" }[field.type];
  return c.required ? base : `${base} | null`;
}

const fullStop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A doc comment for a field: its description, unit and, for dates, the format the loader checked. */
function fieldDoc(field: Field): string {
  const parts = [fullStop(field.description ?? field.title ?? field.name)];
  if (field.unit) parts.push(`Unit: ${field.unit}.`);
  if (field.type === "date") parts.push("A real date, YYYY-MM-DD.");
  return parts.join(" ");
}

/** Text made safe inside a doc comment, on one line. */
const doc = (text: string) => fullStop(text.replace(/\*\//g, "*\\/").replace(/\s+/g, " "));

function rowInterface(resource: Resource): string {
  const lines = [`/** ${doc(`data/${resource.path}: ${resource.title}`)} */`, `export interface ${rowTypeName(resource.name)} {`];
  for (const field of resource.schema.fields) {
    const key = /^[A-Za-z_$][\w$]*$/.test(field.name) ? field.name : JSON.stringify(field.name);
    lines.push(`  /** ${doc(fieldDoc(field))} */`, `  ${key}: ${fieldType(field)};`);
  }
  lines.push("}");
  return lines.join("\n");
}

/**
 * The text of src/data/rows.ts: one row interface per resource of the descriptor, the map from
 * resource name to row type, and each resource's field names. `npm run data:types` writes it, and
 * test/data/rows.test.ts fails when the committed file and data/datapackage.json drift apart, so the
 * types that charts and analysis compile against always say what the loader checked.
 */
export function rowsModule(pkg: DataPackage): string {
  const resources = pkg.resources;
  return [
    "// Generated from data/datapackage.json by `npm run data:types` (src/data/rows-module.ts): do not edit.",
    "// test/data/rows.test.ts fails when this file and the descriptor drift apart.",
    "",
    ...resources.map((r) => `${rowInterface(r)}\n`),
    "/** Resource name → row type. */",
    "export interface ResourceRows {",
    ...resources.map((r) => `  ${JSON.stringify(r.name)}: ${rowTypeName(r.name)};`),
    "}",
    "",
    "export type ResourceName = keyof ResourceRows;",
    "",
    "/** Field names per resource, in schema order. */",
    "export const RESOURCE_FIELDS: { [K in ResourceName]: (keyof ResourceRows[K])[] } = {",
    ...resources.map((r) => `  ${JSON.stringify(r.name)}: [${r.schema.fields.map((f) => JSON.stringify(f.name)).join(", ")}],`),
    "};",
    "",
  ].join("\n");
}

/**
 * Stops the build when the committed row types no longer say what the descriptor does (a schema
 * edited without `npm run data:types`), naming the first line that differs, so code never compiles
 * against a table shape the loader does not check.
 */
export function checkRowTypes(pkg: DataPackage, rowsPath: string): void {
  const file = relative(process.cwd(), rowsPath) || rowsPath;
  const expected = rowsModule(pkg).split("\n");
  const actual = existsSync(rowsPath) ? readFileSync(rowsPath, "utf8").split("\n") : [];
  const index = expected.findIndex((line, i) => line !== actual[i]);
  if (index === -1 && actual.length === expected.length) return;
  const at = index === -1 ? expected.length : index;
  throw new DataError(
    file,
    `is out of date with data/datapackage.json: expected ${JSON.stringify(expected[at] ?? "the end of the file")}, found ${JSON.stringify(actual[at] ?? "the end of the file")} (run npm run data:types)`,
    at + 1,
    1,
  );
}
