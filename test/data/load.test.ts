import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataPackage } from "../../src/data/load.ts";

const GOOD = join(import.meta.dirname, "../fixtures/data/good");
const made: string[] = [];

/** A copy of the good fixture with one file replaced, so each test breaks exactly one thing. */
function fixture(files: Record<string, string | null> = {}): { dir: string; csv: string } {
  const dir = mkdtempSync(join(tmpdir(), "data-"));
  made.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return { dir, csv: relative(process.cwd(), join(dir, "flow.csv")) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test edits a different corner of the descriptor JSON
function descriptorWith(edit: (pkg: any) => void): string {
  const pkg = JSON.parse(readFileSync(join(GOOD, "datapackage.json"), "utf8"));
  edit(pkg);
  return JSON.stringify(pkg);
}

afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("loadDataPackage", () => {
  it("loads typed rows into an Arquero table", () => {
    const pkg = loadDataPackage(fixture().dir);
    const flow = pkg.resources.get("flow")!;
    expect(flow.rows).toEqual([
      { wave: "T0", n: 630 },
      { wave: "T1", n: 178 },
      { wave: "T2", n: 63 },
    ]);
    expect(flow.table.numRows()).toBe(3);
    expect(flow.lines).toEqual([2, 3, 4]);
  });

  it("accepts a byte-order mark and Windows line ends", () => {
    const pkg = loadDataPackage(fixture({ "flow.csv": "\uFEFFwave,n\r\nT0,630\r\nT1,178\r\nT2,63\r\n" }).dir);
    expect(pkg.resources.get("flow")!.rows.map((r) => r["n"])).toEqual([630, 178, 63]);
  });

  it("rejects a value of the wrong type, naming file, line and column", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n\nT0,630\nT1,17O\nT2,63\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:3:4: column "n" expected a whole number ≥ 0, found "17O"`);
  });

  it("rejects a value outside its constraint", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n\nT0,630\nT1,-178\nT2,63\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:3:4: column "n" expected a whole number ≥ 0, found "-178"`);
  });

  it("rejects a value outside its enum", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n\nT0,630\nT3,178\nT2,63\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:3:1: column "wave" expected one of T0, T1, T2, found "T3"`);
  });

  it("rejects an empty required cell", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n\nT0,630\nT1,\nT2,63\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:3:4: column "n" expected a value (a whole number ≥ 0), found an empty cell`);
  });

  it("rejects a footnote mark in a number", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n\nT0,630\nT1,178\nT2,63*\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:4:4: column "n" expected a whole number ≥ 0, found "63*"`);
  });

  it("rejects a missing file", () => {
    const { dir, csv } = fixture({ "flow.csv": null });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}: file not found (listed as resource "flow" in datapackage.json)`);
  });

  it("rejects a missing column", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave\nT0\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:1:1: missing column "n" (expected columns: wave, n)`);
  });

  it("rejects an unexpected column", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n,mean\nT0,630,1\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:1:8: unexpected column "mean" (expected columns: wave, n)`);
  });

  it("rejects a column named twice", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n,wave\nT0,630,T0\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:1:8: column "wave" appears twice (expected columns: wave, n)`);
  });

  it("rejects a duplicate primary key", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n\nT0,630\nT1,178\nT1,63\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:4:1: duplicate primary key wave = "T1" (first seen on line 3; expected each row to be unique)`);
  });

  it("rejects an empty file", () => {
    const { dir, csv } = fixture({ "flow.csv": "" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}: the file is empty (expected a header row: wave, n)`);
  });

  it("rejects a header with no rows", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}: has a header but no rows (expected at least one row of wave, n)`);
  });

  it("rejects a row with the wrong number of cells", () => {
    const { dir, csv } = fixture({ "flow.csv": "wave,n\nT0,630,1\n" });
    expect(() => loadDataPackage(dir)).toThrow(`${csv}:2:8: expected 2 cells (wave, n), found 3`);
  });

  it("rejects a resource with no source", () => {
    const { dir } = fixture({ "datapackage.json": descriptorWith((p) => (p.resources[0].sources = [])) });
    const file = relative(process.cwd(), join(dir, "datapackage.json"));
    expect(() => loadDataPackage(dir)).toThrow(
      `${file}: resource "flow" has no sources (expected at least one source with id, title, path, quote and accessed)`,
    );
  });

  it("rejects a source without its quote", () => {
    const { dir } = fixture({ "datapackage.json": descriptorWith((p) => delete p.resources[0].sources[0].quote) });
    expect(() => loadDataPackage(dir)).toThrow(`resource "flow" has a source without "quote" (expected text)`);
  });

  it("rejects an unknown field type", () => {
    const { dir } = fixture({ "datapackage.json": descriptorWith((p) => (p.resources[0].schema.fields[1].type = "count")) });
    expect(() => loadDataPackage(dir)).toThrow(`resource "flow" field "n" has type "count" (expected one of string, integer, number, date, boolean)`);
  });

  it("rejects a descriptor that is not JSON", () => {
    const { dir } = fixture({ "datapackage.json": "{ not json" });
    expect(() => loadDataPackage(dir)).toThrow(/datapackage\.json: is not valid JSON/);
  });
});

/** test/fixtures/data/bad/<case>.csv in place of one table of the good fixture, and the exact message it must produce. */
const BAD: [name: string, replaces: "flow.csv" | "share.csv", at: string, message: string][] = [
  ["quote-after-closing-quote", "flow.csv", "4:7", 'is not valid CSV: expected a comma or the end of the line after the closing quote, found "3" (write the whole cell inside the quotes)'],
  ["quote-in-unquoted-cell", "flow.csv", "4:5", 'is not valid CSV: expected no quote inside an unquoted cell, found one after "6" (to keep a quote, put the whole cell in quotes and double it: "…""…")'],
  ["unsafe-integer", "flow.csv", "3:4", `column "n" expected a whole number ≥ 0 no further from 0 than 9007199254740991 (beyond that, whole numbers are rounded), found "99999999999999999999"`],
  ["number-too-large", "share.csv", "3:4", 'column "share" expected a number from 0 to 1 small enough to hold (larger ones become Infinity), found "1e400"'],
  ["number-nan", "share.csv", "3:4", 'column "share" expected a number from 0 to 1, found "NaN"'],
  ["number-infinity", "share.csv", "4:4", 'column "share" expected a number from 0 to 1, found "Infinity"'],
  ["impossible-date", "share.csv", "2:6", 'column "checked" expected a date as YYYY-MM-DD that exists on the calendar, found "2021-02-30"'],
  ["foreign-key", "share.csv", "4:1", 'column "wave" expected one of flow.wave (T0, T1, T2), found "T3"'],
  ["unknown-source-id", "share.csv", "3:22", `column "source_id" expected one of this resource's source ids (s), found "jhp"`],
];

describe("loadDataPackage on the bad fixtures", () => {
  it.each(BAD)("stops at %s in %s with one message naming file, line and column", (name, replaces, at, message) => {
    const text = readFileSync(join(import.meta.dirname, `../fixtures/data/bad/${name}.csv`), "utf8");
    const { dir } = fixture({ [replaces]: text });
    const file = relative(process.cwd(), join(dir, replaces));
    expect(() => loadDataPackage(dir)).toThrow(`${file}:${at}: ${message}`);
  });

  it("loads the good table those fixtures break, with its optional date empty", () => {
    expect(loadDataPackage(fixture().dir).resources.get("share")!.rows).toEqual([
      { wave: "T0", share: 1, checked: "2026-11-25", source_id: "s" },
      { wave: "T1", share: 0.2825, checked: "2026-11-25", source_id: "s" },
      { wave: "T2", share: 0.1, checked: null, source_id: "s" },
    ]);
  });

  it("lets an empty optional foreign key refer to nothing", () => {
    const { dir } = fixture({
      "datapackage.json": descriptorWith((p) => {
        delete p.resources[1].schema.fields[0].constraints;
        delete p.resources[1].schema.primaryKey;
      }),
      "share.csv": "wave,share,checked,source_id\n,1,,s\n",
    });
    expect(loadDataPackage(dir).resources.get("share")!.rows).toEqual([{ wave: null, share: 1, checked: null, source_id: "s" }]);
  });

  it("rejects a foreign key to a table the package lacks before reading any CSV", () => {
    const { dir } = fixture({ "datapackage.json": descriptorWith((p) => (p.resources[1].schema.foreignKeys[0].reference.resource = "flows")) });
    expect(() => loadDataPackage(dir)).toThrow(`resource "share" foreign key "wave" refers to unknown resource "flows" (expected one of flow, share)`);
  });

  it("rejects a foreign key to a field the other table lacks", () => {
    const { dir } = fixture({ "datapackage.json": descriptorWith((p) => (p.resources[1].schema.foreignKeys[0].reference.fields = "id")) });
    expect(() => loadDataPackage(dir)).toThrow(`resource "share" foreign key "wave" refers to "flow.id", which is not a field (expected one of wave, n)`);
  });

  it("rejects an enum on a field that is not text", () => {
    const { dir } = fixture({ "datapackage.json": descriptorWith((p) => (p.resources[0].schema.fields[1].constraints.enum = [630])) });
    expect(() => loadDataPackage(dir)).toThrow(`resource "flow" field "n" has an enum the loader cannot check (expected a list of text values on a field of type string)`);
  });
});
