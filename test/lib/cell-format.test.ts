import { describe, expect, it } from "vitest";
import { csvCellValue, formatCell, roundCell } from "../../src/lib/cell-format.ts";

describe("formatCell (table and tooltip)", () => {
  it("writes counts with separators, shares as whole percentages, text as it is and missing values as a dash", () => {
    expect(formatCell(1449, "number")).toBe("1,449");
    expect(formatCell(1.25, "number")).toBe("1.3");
    expect(formatCell(178 / 630, "percent")).toBe("28%");
    expect(formatCell("6–9 months later", "text")).toBe("6–9 months later");
    expect(formatCell(null, "number")).toBe("—");
  });
});

describe("roundCell and csvCellValue (CSV download)", () => {
  it("round to the precision formatCell shows, without separators or signs", () => {
    expect(roundCell(178 / 630, "percent")).toBe(0.28);
    expect(roundCell(63 / 630, "percent")).toBe(0.1);
    expect(roundCell(0.286, "percent")).toBe(0.29);
    expect(roundCell(1449, "number")).toBe(1449);
    expect(roundCell(1.25, "number")).toBe(1.3);
    expect(csvCellValue(1449, "number")).toBe("1449");
    expect(csvCellValue(null, "number")).toBe("");
    expect(csvCellValue(undefined, "text")).toBe("");
  });

  it("never disagrees with the table: the rounded share, formatted, reads the same", () => {
    for (let n = 0; n <= 630; n++) {
      const share = n / 630;
      expect(formatCell(roundCell(share, "percent"), "percent")).toBe(formatCell(share, "percent"));
    }
  });
});
