import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorrections, siteCorrections } from "../../src/content/corrections.ts";

const fixture = (name: string) => join(process.cwd(), "test", "fixtures", "content", name);

describe("loadCorrections", () => {
  it("loads the site's log", () => {
    expect(Array.isArray(siteCorrections())).toBe(true);
  });

  it("lists corrections newest first", () => {
    expect(loadCorrections(fixture("corrections-two.yaml")).map((c) => c.date)).toEqual(["2027-02-10", "2027-01-05"]);
  });

  it("names the file and line of a date not written YYYY-MM-DD", () => {
    expect(() => loadCorrections(fixture("corrections-bad-date.yaml"))).toThrow(
      'test/fixtures/content/corrections-bad-date.yaml:1: correction 1: field "date": expected a date written YYYY-MM-DD',
    );
  });
});
