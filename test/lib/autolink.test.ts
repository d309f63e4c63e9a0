import { describe, expect, it } from "vitest";
import { autolink } from "../../src/lib/autolink.ts";

describe("autolink", () => {
  it("links an address in brackets without the closing bracket", () => {
    expect(autolink("(JHP abstract, https://www.pubmed.gov/32700974/)")).toEqual([
      { text: "(JHP abstract, " },
      { url: "https://www.pubmed.gov/32700974/" },
      { text: ")" },
    ]);
  });

  it("keeps a comma inside an address but not a full stop after it", () => {
    expect(autolink("See https://example.org/a-quarter,-new-study. Then")).toEqual([
      { text: "See " },
      { url: "https://example.org/a-quarter,-new-study" },
      { text: ". Then" },
    ]);
  });

  it("leaves text without addresses whole", () => {
    expect(autolink("No link here.")).toEqual([{ text: "No link here." }]);
  });
});
