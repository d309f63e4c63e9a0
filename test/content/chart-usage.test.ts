import { describe, expect, it } from "vitest";
import { chartUsage } from "../../src/content/chart-usage.ts";

describe("chartUsage", () => {
  it("lists the articles that show each chart, once per article, in article order", () => {
    const usage = chartUsage([
      { id: "b", body: '<Figure id="flow" />\n<Figure id="flow" />', data: { title: "B" } },
      { id: "a", body: '<Figure id="flow" />\n<Figure id="chain" />', data: { title: "A" } },
      { id: "c", data: { title: "No body" } },
    ]);
    expect(Object.fromEntries(usage)).toEqual({
      flow: [
        { id: "b", title: "B" },
        { id: "a", title: "A" },
      ],
      chain: [{ id: "a", title: "A" }],
    });
  });
});
