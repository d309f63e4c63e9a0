import { describe, expect, it } from "vitest";
import { glossaryLetters } from "../../src/content/glossary-letters.ts";
import { siteGlossary } from "../../src/content/glossary.ts";

const term = (id: string, name: string) => ({ id, term: name, definition: "A definition that is long enough." });

describe("glossaryLetters", () => {
  it("lists every letter A to Z, with the terms under each in the order given", () => {
    const letters = glossaryLetters([term("a", "Attrition"), term("b", "Attrition bias"), term("c", "Control group")]);
    expect(letters.map((l) => l.letter).join("")).toBe("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    expect(letters[0]).toMatchObject({ id: "letter-a", terms: [{ id: "a" }, { id: "b" }] });
    expect(letters[2]?.terms.map((t) => t.id)).toEqual(["c"]);
    expect(letters[1]?.terms).toEqual([]);
  });

  it("stops the build for a term that has no letter", () => {
    expect(() => glossaryLetters([term("x", "2-step plan")])).toThrow('term "2-step plan" (id x) must start with a letter A to Z');
  });

  it("puts every term of the site's glossary under a letter, including attrition bias", () => {
    const letters = glossaryLetters(siteGlossary());
    expect(letters.flatMap((l) => l.terms).length).toBe(siteGlossary().length);
    expect(letters.find((l) => l.letter === "A")?.terms.map((t) => t.id)).toContain("attrition-bias");
  });
});
