import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { datePosition, linkWorkerSeries } from "../../src/analysis/link-worker-series.ts";

describe("linkWorkerSeries", () => {
  const context = table({
    id: ["link_workers_2025", "target_link_workers", "link_workers_fte_2021", "link_workers_2021"],
    unit: ["link workers", "link workers", "full-time equivalents", "link workers"],
    value: [3300, 1000, 1265, 1449],
    date: ["2025", "2021-03-31", "2021-03-31", "2021-03-31"],
  });

  it("keeps headcounts only, in date order, leaving out targets and FTEs", () => {
    expect(linkWorkerSeries(context).array("id")).toEqual(["link_workers_2021", "link_workers_2025"]);
  });

  it("places year-only and month-only dates mid-period", () => {
    expect(datePosition("2025").toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(datePosition("2022-08").toISOString().slice(0, 10)).toBe("2022-08-15");
    expect(datePosition("2021-03-31").toISOString().slice(0, 10)).toBe("2021-03-31");
  });
});
