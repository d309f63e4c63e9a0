import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "../../src/data/csv.ts";

/** The message and position parseCsv stops at, or undefined when the text parses. */
function failure(text: string): { at: string; message: string } | undefined {
  try {
    parseCsv(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { at: `${error.line}:${error.column}`, message: error.message };
  }
}

describe("parseCsv", () => {
  it("keeps quoted commas, doubled quotes and line breaks in one cell", () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n').map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
  });

  it("numbers records by the line they start on, skipping blank lines", () => {
    expect(parseCsv("a\n\n1\r\n2").map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it("gives the line and column where each cell starts, also after a line break inside quotes", () => {
    expect(parseCsv('a,bb,c\n"x\ny",2,"3"\n').map((r) => r.at)).toEqual([
      [{ line: 1, column: 1 }, { line: 1, column: 3 }, { line: 1, column: 6 }],
      [{ line: 2, column: 1 }, { line: 3, column: 4 }, { line: 3, column: 6 }],
    ]);
  });

  it("keeps an empty last cell and a record of one empty quoted cell", () => {
    expect(parseCsv("a,b\n1,\n")[1]!.cells).toEqual(["1", ""]);
    expect(parseCsv('a\n""\n').map((r) => r.cells)).toEqual([["a"], [""]]);
  });

  it("rejects text after a closing quote, which would otherwise glue \"6\"3 into 63", () => {
    expect(failure('wave,n\nT2,"6"3\n')).toEqual({
      at: "2:7",
      message: '2:7: expected a comma or the end of the line after the closing quote, found "3" (write the whole cell inside the quotes)',
    });
    expect(failure('a,b\n"x" ,1\n')?.at).toBe("2:4");
  });

  it("rejects a quote inside an unquoted cell", () => {
    expect(failure('wave,n\nT2,6"3\n')).toEqual({
      at: "2:5",
      message: '2:5: expected no quote inside an unquoted cell, found one after "6" (to keep a quote, put the whole cell in quotes and double it: "…""…")',
    });
    expect(failure('a\n x"\n')?.at).toBe("2:3");
  });

  it("reports an unclosed quote where it opens", () => {
    expect(failure('a\n"open\n')).toEqual({ at: "2:1", message: "2:1: a quoted cell is never closed (expected a closing quote)" });
  });
});
