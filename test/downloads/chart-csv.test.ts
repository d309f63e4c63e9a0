import { describe, expect, it } from "vitest";
import type { ChartTable } from "../../src/charts/types.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { chartCsv, csvHeading } from "../../src/downloads/chart-csv.ts";
import { csvCellValue } from "../../src/lib/cell-format.ts";
import { flowModel } from "./fixtures.ts";

describe("chartCsv", () => {
  it("holds exactly the plotted rows, at the precision the table shows, under the table's headings", () => {
    const [header, ...body] = parseCsv(chartCsv(flowModel.table)).map((r) => r.cells);
    expect(header).toEqual(flowModel.table.columns.map(csvHeading));
    expect(body).toEqual(
      flowModel.table.rows.map((row) => flowModel.table.columns.map((c) => csvCellValue(row[c.key], c.format, c.decimals))),
    );
    // 178 / 630 = 0.2825…, shown in the table as 28%.
    expect(body[1]?.[3]).toBe("0.28");
    expect(body[1]?.[2]).toBe("178");
  });

  it("says in the heading which columns are calculated and what a share means", () => {
    expect(flowModel.table.columns.map(csvHeading)).toEqual([
      "Wave",
      "When",
      "People surveyed",
      "Share of entrants (calculated, a share from 0 to 1, rounded as the page shows it)",
      "Entrants not surveyed (calculated)",
    ]);
  });

  it("quotes commas, quotes and edge spaces, leaves missing values empty, and writes a BOM and CRLF line ends", () => {
    const table: ChartTable = {
      caption: "c",
      columns: [
        { key: "a", label: "A, first", format: "text" },
        { key: "b", label: "B", format: "number" },
      ],
      rows: [
        { a: 'say "hi"', b: null },
        { a: " padded", b: 1449 },
      ],
    };
    expect(chartCsv(table)).toBe('\uFEFF"A, first",B\r\n"say ""hi""",\r\n" padded",1449\r\n');
  });
});
