import { describe, expect, it } from "vitest";
import { chartPoints } from "../../src/charts/point-text.ts";

describe("chartPoints", () => {
  it("names each row by its first column and says which values are calculated", () => {
    const points = chartPoints({
      table: {
        caption: "c",
        columns: [
          { key: "wave", label: "Wave", format: "text" },
          { key: "n", label: "People surveyed", format: "number" },
          { key: "share", label: "Share of entrants", format: "percent", calculated: true },
        ],
        rows: [
          { wave: "T0", n: 630, share: 1 },
          { wave: "T1", n: 178, share: 178 / 630 },
        ],
      },
    });
    expect(points).toEqual([
      { label: "Wave: T0", lines: ["People surveyed: 630", "Share of entrants (calculated): 100%"] },
      { label: "Wave: T1", lines: ["People surveyed: 178", "Share of entrants (calculated): 28%"] },
    ]);
  });

  it("gives nothing for a table without columns", () => {
    expect(chartPoints({ table: { caption: "c", columns: [], rows: [] } })).toEqual([]);
  });
});
