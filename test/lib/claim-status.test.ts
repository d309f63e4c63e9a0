import { describe, expect, it } from "vitest";
import { getResource } from "../../src/data/index.ts";
import { siteData } from "../../src/site/data.ts";
import { CLAIM_STATUS } from "../../src/lib/claim-status.ts";

describe("CLAIM_STATUS", () => {
  it("has words for exactly the statuses the claims table allows", () => {
    const field = getResource(siteData(), "press-claims").resource.schema.fields.find((f) => f.name === "status");
    expect(Object.keys(CLAIM_STATUS).sort()).toEqual([...(field?.constraints?.enum ?? [])].sort());
  });
});
