// Every patient article reads at Flesch–Kincaid grade 8 or lower (issue 5: a reading age of 13).
import { describe, expect, it } from "vitest";
import { siteStats } from "../../src/site/stats.ts";
import { glossaryTerm } from "../../src/content/glossary.ts";
import { mdxPlainText } from "../../src/content/plain-text.ts";
import { readingLevel } from "../../src/content/reading-level.ts";
import { statText } from "../../src/lib/stat-text.ts";
import { evidenceBoxes, patientArticles } from "./patient-articles.ts";

const MAX_GRADE = 8;

const stats = siteStats();
// The words <Stat> shows: the same module the component uses.
const stat = (name: string) => {
  const s = stats.get(name);
  if (!s) throw new Error(`unknown stat ${name}`);
  return statText(s);
};
const resolve = { stat, term: (id: string) => glossaryTerm(id).term };

describe("reading level of patient articles", () => {
  it("finds the patient articles", () => {
    expect(patientArticles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(patientArticles)(`$file scores grade ${MAX_GRADE} or lower`, ({ file, source }) => {
    const level = readingLevel(mdxPlainText(source, resolve, file));
    // Issue 11: the evidence stays in one short box, so report the share of the words it takes.
    const boxWords = evidenceBoxes(source).reduce((sum, box) => sum + readingLevel(mdxPlainText(box, resolve, file)).words, 0);
    console.log(
      `${file}: Flesch–Kincaid grade ${level.grade.toFixed(1)}, ${level.words} words, ${level.sentences} sentences, ${(level.words / level.sentences).toFixed(1)} words per sentence; ` +
        `"How sure are we?" box ${boxWords} words (${((100 * boxWords) / level.words).toFixed(0)}% of the page)`,
    );
    expect(level.grade, `${file} reads at grade ${level.grade.toFixed(1)}; shorten sentences or use shorter words`).toBeLessThanOrEqual(
      MAX_GRADE,
    );
  });
});
