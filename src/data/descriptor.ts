import { DataError } from "./errors.ts";
import type { DataPackage, FieldType } from "./schema.ts";

const FIELD_TYPES: readonly FieldType[] = ["string", "integer", "number", "date", "boolean"];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/**
 * Checks data/datapackage.json before any CSV is read, so a descriptor mistake (a resource with no
 * source, a field with an unknown type) is reported as such rather than as a confusing cell error.
 */
export function validateDescriptor(json: unknown, file: string): DataPackage {
  const fail = (detail: string): never => {
    throw new DataError(file, detail);
  };
  if (!isObject(json)) return fail("expected a JSON object describing the data package");
  if (!isText(json["name"])) fail('expected a "name"');
  if (!Array.isArray(json["licenses"]) || json["licenses"].length === 0) fail('expected "licenses" with at least one licence');
  if (!Array.isArray(json["resources"]) || json["resources"].length === 0) fail('expected "resources" with at least one resource');
  const names = new Set<string>();
  const fieldsOf = new Map<string, Set<string>>();
  for (const [index, resource] of (json["resources"] as unknown[]).entries()) {
    const where = isObject(resource) && isText(resource["name"]) ? `resource "${resource["name"]}"` : `resource #${index + 1}`;
    if (!isObject(resource)) return fail(`${where}: expected an object`);
    for (const key of ["name", "path", "title", "description"]) {
      if (!isText(resource[key])) fail(`${where} has no "${key}" (expected text)`);
    }
    if (names.has(resource["name"] as string)) fail(`${where} is listed twice (expected unique resource names)`);
    names.add(resource["name"] as string);
    const sources = resource["sources"];
    if (!Array.isArray(sources) || sources.length === 0) {
      fail(`${where} has no sources (expected at least one source with id, title, path, quote and accessed)`);
    }
    for (const source of sources as unknown[]) {
      for (const key of ["id", "title", "path", "quote", "accessed"]) {
        if (!isObject(source) || !isText(source[key])) fail(`${where} has a source without "${key}" (expected text)`);
      }
    }
    if (!Array.isArray(resource["licenses"]) || resource["licenses"].length === 0) fail(`${where} has no licenses (expected at least one)`);
    const schema = resource["schema"];
    if (!isObject(schema) || !Array.isArray(schema["fields"]) || schema["fields"].length === 0) {
      return fail(`${where} has no schema fields (expected schema.fields with at least one field)`);
    }
    const fieldNames = new Set<string>();
    for (const field of schema["fields"] as unknown[]) {
      if (!isObject(field) || !isText(field["name"])) return fail(`${where} has a field without a name`);
      if (!FIELD_TYPES.includes(field["type"] as FieldType)) {
        fail(`${where} field "${field["name"]}" has type ${JSON.stringify(field["type"])} (expected one of ${FIELD_TYPES.join(", ")})`);
      }
      const constraints = field["constraints"];
      if (isObject(constraints) && constraints["enum"] !== undefined && (field["type"] !== "string" || !Array.isArray(constraints["enum"]) || !constraints["enum"].every(isText))) {
        fail(`${where} field "${field["name"]}" has an enum the loader cannot check (expected a list of text values on a field of type string)`);
      }
      fieldNames.add(field["name"]);
    }
    fieldsOf.set(resource["name"] as string, fieldNames);
    for (const key of (schema["primaryKey"] ?? []) as string[]) {
      if (!fieldNames.has(key)) fail(`${where} primary key "${key}" is not a field (expected one of ${[...fieldNames].join(", ")})`);
    }
  }
  checkForeignKeyTargets(json["resources"] as Json[], fieldsOf, fail);
  return json as unknown as DataPackage;
}


/** Each foreign key joins a field of its table to a field of a table the package has. */
function checkForeignKeyTargets(resources: Json[], fieldsOf: Map<string, Set<string>>, fail: (detail: string) => never): void {
  for (const resource of resources) {
    const where = `resource "${resource["name"]}"`;
    const foreignKeys = (resource["schema"] as Json)["foreignKeys"] ?? [];
    if (!Array.isArray(foreignKeys)) fail(`${where} has foreignKeys that are not a list`);
    for (const fk of foreignKeys as unknown[]) {
      const reference = isObject(fk) ? fk["reference"] : undefined;
      if (!isObject(fk) || !isText(fk["fields"]) || !isObject(reference) || !isText(reference["resource"]) || !isText(reference["fields"])) {
        fail(`${where} has a foreign key the loader cannot check (expected { "fields": "<field>", "reference": { "resource": "<name>", "fields": "<field>" } })`);
      }
      const { fields, reference: ref } = fk as { fields: string; reference: { resource: string; fields: string } };
      if (!fieldsOf.get(resource["name"] as string)?.has(fields)) fail(`${where} foreign key "${fields}" is not a field of this resource`);
      const target = fieldsOf.get(ref.resource);
      if (!target) fail(`${where} foreign key "${fields}" refers to unknown resource "${ref.resource}" (expected one of ${[...fieldsOf.keys()].join(", ")})`);
      if (!target?.has(ref.fields)) fail(`${where} foreign key "${fields}" refers to "${ref.resource}.${ref.fields}", which is not a field (expected one of ${[...(target ?? [])].join(", ")})`);
    }
  }
}
