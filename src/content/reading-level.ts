import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

/** A Flesch–Kincaid grade with the counts behind it, so a score can be checked by hand. */
export interface ReadingLevel {
  /** US school grade; grade 8 is a reading age of about 13 to 14. */
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

// Abbreviations whose full stop does not end a sentence; counting them would lower the grade.
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|et al|vs|Dr|Mr|Mrs|Ms|Prof|No)\.(?=\s)/g;

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** 630 → "six hundred and thirty": how a whole number is read aloud in British English. */
export function spokenNumber(n: number): string {
  if (n < 20) return ONES[n] ?? "";
  if (n < 100) return [TENS[Math.floor(n / 10)], n % 10 ? ONES[n % 10] : ""].filter(Boolean).join(" ");
  for (const [size, name] of [
    [1e9, "billion"],
    [1e6, "million"],
    [1e3, "thousand"],
    [100, "hundred"],
  ] as const) {
    if (n < size) continue;
    const rest = n % size;
    const joiner = rest === 0 ? "" : rest < 100 ? " and " : " ";
    return `${spokenNumber(Math.floor(n / size))} ${name}${joiner}${rest ? spokenNumber(rest) : ""}`;
  }
  return String(n);
}

/**
 * Syllables in one word as a reader says it. English words go to the `syllable` package
 * (words/syllable, a rule-and-exception counter). It counts numerals as 0 syllables and short
 * acronyms as words ("NHS" as 1), both of which would flatter the score, so numerals are counted
 * as read aloud ("630", "1.3", "28%", "6–9") and acronyms of up to four capitals letter by letter.
 */
export function wordSyllables(word: string): number {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, "");
  if (/^\p{Lu}{2,4}s?$/u.test(bare)) return bare.replace(/s$/, "").length;
  const numeral = /^(\d[\d,]*)(?:\.(\d+))?(%?)$/.exec(bare);
  if (numeral) {
    const [, whole = "0", decimals, percent] = numeral;
    const spoken = [
      spokenNumber(Number(whole.replace(/,/g, ""))),
      decimals ? `point ${[...decimals].map((d) => ONES[Number(d)]).join(" ")}` : "",
      percent ? "per cent" : "",
    ];
    return syllable(spoken.join(" "));
  }
  if (/^\d+[–-]\d+$/.test(bare)) return bare.split(/[–-]/).reduce((sum, part) => sum + syllable(spokenNumber(Number(part))), 1);
  return Math.max(1, syllable(bare));
}

/**
 * Flesch–Kincaid grade of plain text (see mdxPlainText): 0.39 × words per sentence + 11.8 ×
 * syllables per word − 15.59, via the `flesch-kincaid` package. A sentence ends at ".", "!" or "?"
 * followed by a space, a line break or the end; a word is a run of non-space characters holding
 * a letter or digit.
 */
export function readingLevel(text: string): ReadingLevel {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const sentences = Math.max(1, (text.replace(ABBREVIATIONS, "").match(/[.!?]+["'”’)]*(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((sum, w) => sum + wordSyllables(w), 0);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { grade, words: words.length, sentences, syllables };
}
