import { z } from "astro/zod";
import type { Field } from "./schema.ts";

/** A cell value after casting; null only for optional empty cells. */
export type Cell = string | number | boolean | null;

/** A validator that takes one raw CSV cell and returns its typed value. */
export type CellSchema = z.ZodType<Cell, string>;

// Numbers must be written plainly (no thousands separators, units or footnote marks, no "NaN" or
// "Infinity") so that a typo can never slip through as text or as a number nobody published.
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Significant digits of a plainly written number: "0.2825" has 4, "1e400" has 1, "99999999999999999999" has 20. */
function significantDigits(raw: string): number {
  const mantissa = raw.replace(/^-/, "").replace(/[eE].*$/, "").replace(".", "");
  return mantissa.replace(/^0+/, "").replace(/0+$/, "").length;
}

/** Words for the range a numeric constraint allows, e.g. " ≥ 0" or " from 1 to 5". */
function range(field: Field): string {
  const { minimum, maximum } = field.constraints ?? {};
  if (minimum !== undefined && maximum !== undefined) return ` from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return ` ≥ ${minimum}`;
  if (maximum !== undefined) return ` ≤ ${maximum}`;
  return "";
}

/** What a field expects, in words for a message: "a whole number ≥ 0", "one of T0, T1, T2". */
export function expectation(field: Field): string {
  const c = field.constraints ?? {};
  if (c.enum) return `one of ${c.enum.join(", ")}`;
  switch (field.type) {
    case "integer":
      return `a whole number${range(field)}`;
    case "number":
      return `a number${range(field)}`;
    case "date":
      return "a date as YYYY-MM-DD";
    case "boolean":
      return "true or false";
    case "string":
      return c.pattern ? `text matching /${c.pattern}/` : "text";
  }
}

/** Applies a field's minimum and maximum to a number validator. */
function bounded(schema: z.ZodNumber, field: Field, error: string): z.ZodNumber {
  const { minimum, maximum } = field.constraints ?? {};
  let bounded = schema;
  if (minimum !== undefined) bounded = bounded.min(minimum, { error });
  if (maximum !== undefined) bounded = bounded.max(maximum, { error });
  return bounded;
}

/** The validator of a non-empty cell, by the field's Table Schema type and constraints. */
function valueSchema(field: Field): CellSchema {
  const c = field.constraints ?? {};
  const error = expectation(field);
  switch (field.type) {
    case "integer":
      return z
        .string()
        .regex(INTEGER, { error })
        .transform(Number)
        .pipe(bounded(z.int({ error: `${error} no further from 0 than ${Number.MAX_SAFE_INTEGER} (beyond that, whole numbers are rounded)` }), field, error));
    case "number":
      return z
        .string()
        .regex(NUMBER, { error })
        .refine((raw) => significantDigits(raw) <= 15, { error: `${error} of at most 15 significant digits (more are rounded)` })
        .transform(Number)
        .pipe(bounded(z.number({ error: `${error} small enough to hold (larger ones become Infinity)` }), field, error));
    case "date":
      // The ISO date format checks the day against the month and leap years: 2021-02-30 fails.
      return z.iso.date({ error: `${error} that exists on the calendar` });
    case "boolean":
      return z.enum(["true", "false"], { error }).transform((raw) => raw === "true");
    case "string":
      if (c.enum) return z.enum(c.enum as [string, ...string[]], { error });
      return c.pattern ? z.string().regex(new RegExp(`^(?:${c.pattern})$`), { error }) : z.string();
  }
}

/**
 * The validator of one field's cells, built from its Table Schema definition in
 * data/datapackage.json: an empty cell is null, unless the field is required.
 */
export function cellSchema(field: Field): CellSchema {
  const value = valueSchema(field);
  if (field.constraints?.required) return z.string().min(1, { error: `a value (${expectation(field)})` }).pipe(value);
  return z.union([z.literal("").transform(() => null), value]);
}
