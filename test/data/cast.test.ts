import { describe, expect, it } from "vitest";
import { cellSchema } from "../../src/data/cast.ts";
import { expectedOf } from "../../src/data/row-schema.ts";
import type { Field } from "../../src/data/schema.ts";

/** The typed value of a cell, or what the field expected instead. */
function cast(field: Field, raw: string): unknown {
  const result = cellSchema(field).safeParse(raw);
  return result.success ? result.data : `expected ${expectedOf(result.error.issues[0]!)}`;
}

const integer: Field = { name: "n", type: "integer", constraints: { required: true, minimum: 0 } };
const number: Field = { name: "x", type: "number" };
const date: Field = { name: "d", type: "date", constraints: { required: true } };

describe("cellSchema", () => {
  it("casts integers written plainly, up to the largest a number holds exactly", () => {
    expect(cast(integer, "630")).toBe(630);
    expect(cast(integer, "9007199254740991")).toBe(9007199254740991);
    for (const raw of ["9007199254740992", "99999999999999999999"]) {
      expect(cast(integer, raw)).toBe("expected a whole number ≥ 0 no further from 0 than 9007199254740991 (beyond that, whole numbers are rounded)");
    }
    for (const raw of ["6.3", "1e3", "63*", "1,000", " 63"]) expect(cast(integer, raw)).toBe("expected a whole number ≥ 0");
  });

  it("casts finite numbers and rejects what is not one", () => {
    expect(cast(number, "0.2825")).toBe(0.2825);
    expect(cast(number, "-1.5e3")).toBe(-1500);
    expect(cast(number, "1e400")).toBe("expected a number small enough to hold (larger ones become Infinity)");
    expect(cast(number, "-1e400")).toBe("expected a number small enough to hold (larger ones become Infinity)");
    for (const raw of ["NaN", "Infinity", "-Infinity", "0x10", "1_000"]) expect(cast(number, raw)).toBe("expected a number");
    // Any number of 15 significant digits survives the round trip to a double; more may not.
    expect(cast(number, "123456789012345")).toBe(123456789012345);
    expect(cast(number, "0.000123456789012345")).toBe(0.000123456789012345);
    expect(cast(number, "1000000000000000000000")).toBe(1e21);
    for (const raw of ["99999999999999999999", "0.1234567890123456"]) {
      expect(cast(number, raw)).toBe("expected a number of at most 15 significant digits (more are rounded)");
    }
  });

  it("accepts only dates that exist, leap days included", () => {
    expect(cast(date, "2024-02-29")).toBe("2024-02-29");
    for (const raw of ["2021-02-30", "2023-02-29", "2021-04-31", "2021-13-01", "2021-2-3", "30/02/2021"]) {
      expect(cast(date, raw)).toBe("expected a date as YYYY-MM-DD that exists on the calendar");
    }
  });

  it("turns an optional empty cell into null and requires a value otherwise", () => {
    expect(cast(number, "")).toBeNull();
    expect(cast(date, "")).toBe("expected a value (a date as YYYY-MM-DD)");
  });

  it("checks enums, patterns and booleans", () => {
    expect(cast({ name: "w", type: "string", constraints: { enum: ["T0", "T1"] } }, "T2")).toBe("expected one of T0, T1");
    expect(cast({ name: "id", type: "string", constraints: { pattern: "[a-z_]+" } }, "Bad id")).toBe("expected text matching /[a-z_]+/");
    expect(cast({ name: "b", type: "boolean" }, "true")).toBe(true);
    expect(cast({ name: "b", type: "boolean" }, "yes")).toBe("expected true or false");
  });
});
