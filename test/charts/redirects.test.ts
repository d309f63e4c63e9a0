import { describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/charts/ids.ts";
import { CHART_REDIRECTS, chartRedirects } from "../../src/charts/redirects.ts";

const ids = ["participant-flow", "social-cure-pathway"];

describe("chartRedirects", () => {
  it("lists one redirect page per renamed id, to its current id", () => {
    expect(chartRedirects({ "who-stayed": "participant-flow", "chain-diagram": "social-cure-pathway" }, ids)).toEqual([
      { from: "who-stayed", to: "participant-flow" },
      { from: "chain-diagram", to: "social-cure-pathway" },
    ]);
  });

  it("refuses a redirect from an id still in use, which would replace its chart page", () => {
    expect(() => chartRedirects({ "participant-flow": "social-cure-pathway" }, ids)).toThrow(
      'src/charts/redirects.ts: "participant-flow" is still a chart id in src/charts/ids.ts (expected only ids that no longer exist)',
    );
  });

  it("refuses a redirect that leads nowhere, naming the ids that exist", () => {
    expect(() => chartRedirects({ "who-stayed": "who-answered" }, ids)).toThrow(
      'src/charts/redirects.ts: "who-stayed" redirects to "who-answered", which is not a chart id (expected one of: participant-flow, social-cure-pathway)',
    );
  });

  it("refuses an old id that could not have been a slug", () => {
    expect(() => chartRedirects({ "Who Stayed": "participant-flow" }, ids)).toThrow('old chart id "Who Stayed" is not a slug');
  });

  it("keeps the retired shares chart's links working: they lead to the counts chart and its switch", () => {
    expect(CHART_REDIRECTS["participant-flow-shares"]).toBe("participant-flow");
    expect(CHART_IDS).not.toContain("participant-flow-shares");
  });

  it("accepts the site's own map", () => {
    expect(() => chartRedirects(CHART_REDIRECTS, CHART_IDS)).not.toThrow();
  });
});
