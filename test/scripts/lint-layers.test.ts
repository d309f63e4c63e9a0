import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs the layer check over a project folder, as `npm run lint:layers` does over this one. */
const lint = (root: string) => spawnSync(process.execPath, ["scripts/lint-layers.mjs", root], { encoding: "utf8" });

describe("lint:layers", () => {
  const run = lint("test/fixtures/layers");

  it("reports a chart and a component that import src/data's values, naming the rule and who may import what", () => {
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain("error only-site-loads-data: src/charts/reads-data.ts → src/data/index.ts");
    expect(run.stdout).toContain("error only-site-loads-data: src/components/ReadsData.astro → src/data/index.ts");
    expect(run.stdout).toContain("Only src/site may import src/data's values");
    expect(run.stdout).toContain("2 dependency violations");
  });

  it("allows type-only imports of row types, and src/site loading data", () => {
    expect(run.stdout).not.toContain("src/charts/uses-types.ts →");
    expect(run.stdout).not.toContain("src/site/loads.ts →");
  });
});
