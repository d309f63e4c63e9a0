import { z } from "astro/zod";
import { cellSchema, type Cell } from "./cast.ts";
import type { Resource } from "./schema.ts";

/** One validated row: field name → typed cell. */
export type Row = Record<string, Cell>;

/** A validator that takes one CSV record (field name → raw cell) and returns its typed row. */
export type RowSchema = z.ZodType<Row, Record<string, string>>;

/**
 * The validator of a resource's rows, one cell validator per schema field (see cast.ts). A
 * `source_id` column must name one of the resource's own sources, so every figure stays traceable.
 */
export function rowSchema(resource: Resource): RowSchema {
  const ids = resource.sources.map((s) => s.id) as [string, ...string[]];
  const shape = Object.fromEntries(
    resource.schema.fields.map((field) => {
      const cell = cellSchema(field);
      if (field.name !== "source_id") return [field.name, cell];
      return [field.name, cell.pipe(z.enum(ids, { error: `one of this resource's source ids (${ids.join(", ")})` }))];
    }),
  );
  return z.object(shape) as unknown as RowSchema;
}

/** The words of the first thing a failed cell lacked: "a whole number ≥ 0". */
export function expectedOf(issue: z.core.$ZodIssue): string {
  // An optional cell is "empty or a value": say what the value should have been.
  if (issue.code === "invalid_union") {
    const last = issue.errors.at(-1)?.[0];
    if (last) return expectedOf(last);
  }
  return issue.message;
}
