import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/csv.ts";

describe("parseCsv", () => {
  it("keeps quoted commas, doubled quotes and line breaks in one cell", () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"\nthere'] },
    ]);
  });

  it("numbers records by the line they start on, skipping blank lines", () => {
    expect(parseCsv("a\n\n1\r\n2").map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it("keeps an empty last cell", () => {
    expect(parseCsv("a,b\n1,\n")[1]!.cells).toEqual(["1", ""]);
  });

  it("reports an unclosed quote", () => {
    expect(() => parseCsv('a\n"open\n')).toThrow("line 2: a quoted cell is never closed");
  });
});
