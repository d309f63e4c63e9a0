import { describe, expect, it } from "vitest";
import { quoteSource } from "../../src/analysis/quote-source.ts";
import type { Source } from "../../src/data/index.ts";

const source = (id: string, quote: string): Source => ({ id, title: id, path: `https://example.org/${id}`, quote, accessed: "2026-11-25" });
const sources = [source("a", "the first thing … the second thing"), source("b", "one two three four five")];

describe("quoteSource", () => {
  it("finds the source whose quote holds the phrase", () => {
    expect(quoteSource("two three", sources, "here").id).toBe("b");
  });

  it("reads an ellipsis as omitted words, each part in order", () => {
    expect(quoteSource("one … four five", sources, "here").id).toBe("b");
    expect(quoteSource("the first thing … the second thing", sources, "here").id).toBe("a");
  });

  it("stops the build when no source holds the phrase, or its parts are out of order", () => {
    expect(() => quoteSource("six", sources, "data/x.csv:2")).toThrow(
      'data/x.csv:2: the quote "six" is not in the verbatim quote of any of its sources (a, b)',
    );
    expect(() => quoteSource("four … two", sources, "here")).toThrow("is not in the verbatim quote");
    expect(() => quoteSource("…", sources, "here")).toThrow("is not in the verbatim quote");
  });
});
