import { describe, expect, it } from "vitest";
import { wrapText } from "../../src/lib/wrap-text.ts";

describe("wrapText", () => {
  it("breaks at spaces so that no line is longer than asked", () => {
    expect(wrapText("one two three four five", 9)).toEqual(["one two", "three", "four five"]);
  });

  it("gives a word longer than a line a line of its own", () => {
    expect(wrapText("see https://example.org/a/long/path now", 10)).toEqual(["see", "https://example.org/a/long/path", "now"]);
  });

  it("ends the last kept line with an ellipsis when lines are limited", () => {
    expect(wrapText("one two three four five", 9, 2)).toEqual(["one two", "three…"]);
    expect(wrapText("aaaa bbbb cccc", 9, 1)).toEqual(["aaaa bbb…"]);
  });
});
