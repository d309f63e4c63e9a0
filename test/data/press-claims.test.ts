import { describe, expect, it } from "vitest";
import { getResource } from "../../src/data/index.ts";
import { siteData } from "../../src/site/data.ts";

describe("data/press-claims.csv", () => {
  const { rows, resource } = getResource(siteData(), "press-claims");

  it("numbers the claims 1, 2, 3 … in the order of the release, with none missing", () => {
    expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => i + 1));
  });

  it("quotes every claim from the 8 July 2020 release, which the resource lists as a source", () => {
    const release = resource.sources.find((s) => s.id === "ntu-release-2020");
    expect(release?.path).toMatch(/ntu\.ac\.uk\/.*2020\/07\//);
    expect(new Set(rows.map((r) => r.source_id))).toEqual(new Set(["ntu-release-2020"]));
  });

  it("attributes the press releases' percentage for health care use to the December 2019 release wherever it explains it", () => {
    const explained = rows.filter((r) => /25 ?%/.test(r.support));
    expect(explained.length).toBeGreaterThan(0);
    for (const row of explained) expect(row.support).toMatch(/release of December 2019 says "[^"]*25%[^"]*"/);
  });

  it("rates the 25% claim Not verifiable for the number, and says the direction is supported", () => {
    const row = rows.find((r) => r.claim.includes("25%"));
    expect(row?.status).toBe("not-verifiable");
    expect(row?.verdict).toMatch(/^the 25% figure[^.]*not published\. The direction is supported/);
  });

  it("gives no claim a supported verdict whose caveat says it cannot be checked", () => {
    for (const row of rows.filter((r) => r.status === "supported")) expect(row.caveat, `claim ${row.id}`).not.toMatch(/basis .* not verifiable|cannot be checked/);
  });

  it("gives every claim a short summary for the verdict list", () => {
    for (const row of rows) expect(row.summary.length, `claim ${row.id}`).toBeLessThanOrEqual(90);
  });
});
