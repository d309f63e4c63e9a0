import { describe, expect, it } from "vitest";
import { readingLevel, spokenNumber, wordSyllables } from "../../src/content/reading-level.ts";

describe("readingLevel", () => {
  it("scores a short plain sentence from hand-counted words, syllables and sentences", () => {
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    const level = readingLevel("The cat sat on the mat.");
    expect(level).toMatchObject({ words: 6, syllables: 6, sentences: 1 });
    expect(level.grade).toBeCloseTo(-1.45, 2);
  });

  it("matches the Flesch–Kincaid formula on a hard sentence from the paper's abstract", () => {
    // 16 words. By hand, 38 syllables: the(1) re-la-tion-ship(4) be-tween(2) in-creased(2) group(1)
    // mem-ber-ships(3) and(1) qual-i-ty-of-life(5) was(1) se-ri-al-ly(4) me-di-at-ed(4) by(1)
    // be-long-ing(3) sup-port(2) and(1) lone-li-ness(3); the syllable package counts one more
    // (lo-ne-li-ness), which errs towards a harder score.
    const level = readingLevel(
      "The relationship between increased group memberships and quality-of-life was serially mediated by belonging, support and loneliness.",
    );
    expect(level).toMatchObject({ words: 16, sentences: 1, syllables: 39 });
    expect(level.grade).toBeCloseTo(0.39 * 16 + (11.8 * 39) / 16 - 15.59, 6);
  });

  it("counts sentences ending in ., ! and ?, but not abbreviations", () => {
    expect(readingLevel("Is it for me? Yes! Ask your GP, e.g. at reception. Then wait.").sentences).toBe(4);
  });

  it("counts numerals and acronyms as they are read aloud, so they do not flatter the score", () => {
    expect(wordSyllables("630")).toBe(6); // six hun-dred and thir-ty
    expect(wordSyllables("1.3")).toBe(3); // one point three
    expect(wordSyllables("28%")).toBe(5); // twen-ty eight per cent
    expect(wordSyllables("6–9")).toBe(3); // six to nine
    expect(wordSyllables("NHS")).toBe(3);
    expect(wordSyllables("GPs")).toBe(2);
    expect(wordSyllables("community")).toBe(4);
  });
});

describe("spokenNumber", () => {
  it("writes whole numbers as read aloud in British English", () => {
    expect(spokenNumber(63)).toBe("sixty three");
    expect(spokenNumber(630)).toBe("six hundred and thirty");
    expect(spokenNumber(1449)).toBe("one thousand four hundred and forty nine");
    expect(spokenNumber(900000)).toBe("nine hundred thousand");
  });
});
