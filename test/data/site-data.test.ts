import { describe, expect, it } from "vitest";
import { getResource } from "../../src/data/index.ts";
import { siteData } from "../../src/site/data.ts";
import type { ResourceName } from "../../src/data/rows.ts";

describe("the site's data package", () => {
  const pkg = siteData();

  it("holds the published participant flow", () => {
    expect(getResource(pkg, "participant-flow" satisfies ResourceName).rows.map((r) => [r.wave, r.n])).toEqual([
      ["T0", 630],
      ["T1", 178],
      ["T2", 63],
    ]);
  });

  it("gives every resource a source with a quote and a licence", () => {
    for (const resource of pkg.descriptor.resources) {
      expect(resource.sources.length, resource.name).toBeGreaterThan(0);
      for (const source of resource.sources) expect(source.quote.length, `${resource.name}/${source.id}`).toBeGreaterThan(10);
      expect(resource.licenses.length, resource.name).toBeGreaterThan(0);
    }
  });
});
