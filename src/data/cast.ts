import type { Field } from "./schema.ts";

/** A cast cell: its typed value, or what was expected (the caller adds file, line and "found"). */
export type CastResult = { ok: true; value: string | number | boolean | null } | { ok: false; expected: string };

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Words for the range a numeric constraint allows, e.g. " ≥ 0" or " from 1 to 5". */
function range(field: Field): string {
  const { minimum, maximum } = field.constraints ?? {};
  if (minimum !== undefined && maximum !== undefined) return ` from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return ` ≥ ${minimum}`;
  if (maximum !== undefined) return ` ≤ ${maximum}`;
  return "";
}

function expectation(field: Field): string {
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

/**
 * Casts one raw CSV cell by its Table Schema field. Numbers must be written plainly (no thousands
 * separators, units or footnote marks) so that a typo can never slip through as text.
 */
export function castCell(field: Field, raw: string): CastResult {
  const c = field.constraints ?? {};
  const fail = (): CastResult => ({ ok: false, expected: expectation(field) });
  if (raw === "") return c.required ? { ok: false, expected: `a value (${expectation(field)})` } : { ok: true, value: null };
  if (c.enum && !c.enum.includes(raw)) return fail();
  switch (field.type) {
    case "integer":
    case "number": {
      if (!(field.type === "integer" ? INTEGER : NUMBER).test(raw)) return fail();
      const value = Number(raw);
      if (c.minimum !== undefined && value < c.minimum) return fail();
      if (c.maximum !== undefined && value > c.maximum) return fail();
      return { ok: true, value };
    }
    case "date":
      return DATE.test(raw) && !Number.isNaN(Date.parse(raw)) ? { ok: true, value: raw } : fail();
    case "boolean":
      return raw === "true" || raw === "false" ? { ok: true, value: raw === "true" } : fail();
    case "string":
      return c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(raw) ? fail() : { ok: true, value: raw };
  }
}
