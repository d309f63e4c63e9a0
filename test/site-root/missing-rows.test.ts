import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataPackage, type LoadedPackage } from "../../src/data/index.ts";
import { getChart, getParticipantFlowShares } from "../../src/site/charts.ts";
import { siteStats } from "../../src/site/stats.ts";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The site's own data package with the rows of one CSV that match `drop` deleted. */
function packageWithout(csv: string, drop: RegExp): LoadedPackage {
  const dir = mkdtempSync(join(tmpdir(), "site-data-"));
  made.push(dir);
  cpSync(join(process.cwd(), "data"), dir, { recursive: true });
  const lines = readFileSync(join(dir, csv), "utf8").split("\n");
  const kept = lines.filter((line) => !drop.test(line));
  expect(kept.length).toBeLessThan(lines.length);
  writeFileSync(join(dir, csv), kept.join("\n"));
  return loadDataPackage(dir);
}

describe("a row a stat or chart needs is missing", () => {
  it("stops the stats, naming the file and the row, instead of counting it as 0", () => {
    const pkg = packageWithout("interview-sample.csv", /^health_coaches,/);
    expect(() => siteStats(pkg)).toThrow(
      /interview-sample\.csv: expected a row with group = "health_coaches" \(needed by the "interviews\.providers\.n" stat\), found none/,
    );
  });

  it("stops the stats and the flow charts without the entry wave", () => {
    const pkg = packageWithout("participant-flow.csv", /^T0,/);
    expect(() => siteStats(pkg)).toThrow(/participant-flow\.csv: expected a row with wave = "T0"/);
    expect(() => getChart("participant-flow", pkg)).toThrow(
      /participant-flow\.csv: expected a row with wave = "T0" \(needed by the participant-flow and answered-again charts\)/,
    );
    expect(() => getParticipantFlowShares(pkg)).toThrow(/participant-flow\.csv: expected a row with wave = "T0"/);
  });

  it("stops the link-workers chart without its target row", () => {
    const pkg = packageWithout("england-context.csv", /^target_link_workers,/);
    expect(() => getChart("link-workers-england", pkg)).toThrow(
      /england-context\.csv: expected a row with id = "target_link_workers" \(needed by the link-workers-england chart\), found none/,
    );
  });
});
