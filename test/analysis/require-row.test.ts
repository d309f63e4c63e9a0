import { describe, expect, it } from "vitest";
import { requireRow } from "../../src/analysis/require-row.ts";
import { DataError } from "../../src/data/errors.ts";

const rows = [
  { group: "gps", n: 3 },
  { group: "link_workers", n: 4 },
];

describe("requireRow", () => {
  it("returns the row with the key", () => {
    expect(requireRow(rows, "data/interview-sample.csv", "group", "gps", "a stat")).toEqual({ group: "gps", n: 3 });
  });

  it("throws a DataError naming the file, the row expected and who needs it", () => {
    const call = () => requireRow(rows, "data/interview-sample.csv", "group", "health_coaches", `the "interviews.providers.n" stat`);
    expect(call).toThrow(DataError);
    expect(call).toThrow(
      `data/interview-sample.csv: expected a row with group = "health_coaches" (needed by the "interviews.providers.n" stat), found none`,
    );
  });
});
