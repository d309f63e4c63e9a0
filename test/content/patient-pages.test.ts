// Patient articles are guides in NHS.UK order with the evidence in one short box (issue 11):
// short topic titles, one "How sure are we?" box of two to four sentences, no researcher
// furniture and no phone numbers typed into the text (they come from data/help-now.csv).
import { describe, expect, it } from "vitest";
import { articleSchema, PATIENT_TITLE_MAX } from "../../src/content/schema.ts";
import { getResource } from "../../src/data/index.ts";
import { siteData } from "../../src/site/data.ts";
import { evidenceBoxes, patientArticles } from "./patient-articles.ts";

/** The patient guide's sections, in the order NHS.UK service pages use (STYLE.md §4). */
const NHS_ORDER = [
  "What is social prescribing?",
  "Who is it for?",
  "How do I get social prescribing?",
  "What happens when I meet a link worker?",
  "What kind of groups and support are there?",
  "What if it is not for me, or it does not help?",
  "If you need help now",
];

const headings = (source: string) => [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
const sentences = (text: string) =>
  text
    .replace(/<[^>]+>/g, " ")
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => /\w/.test(s));

describe("patient articles", () => {
  it("are all found", () => {
    expect(patientArticles.map((a) => a.slug).sort()).toEqual([
      "what-happened-in-the-study",
      "what-is-social-prescribing",
      "why-groups-and-belonging-matter",
    ]);
  });

  it.each(patientArticles)(`$file has a short topic title (at most ${PATIENT_TITLE_MAX} characters)`, ({ frontmatter }) => {
    expect(String(frontmatter["title"]).length).toBeLessThanOrEqual(PATIENT_TITLE_MAX);
  });

  it("the frontmatter schema refuses a long title on a patient article, but not on a clinician one", () => {
    const base = {
      description: "A description that is long enough for the schema to accept it.",
      summary: "A summary sentence that is long enough.",
      published: "2026-11-25",
      lastReviewed: "2026-11-25",
      nextReview: "2027-05-25",
    };
    const title = "People who joined more groups tended to feel better, but this study cannot show why";
    const patient = articleSchema.safeParse({ ...base, title, audience: "patients" });
    expect(patient.success).toBe(false);
    expect(patient.error?.issues[0]?.message).toBe(
      "patient articles need a short topic title of at most 60 characters (put the message in summary)",
    );
    expect(articleSchema.safeParse({ ...base, title, audience: "clinicians" }).success).toBe(true);
  });

  it.each(patientArticles)("$file has one “How sure are we?” box of two to four sentences", ({ source }) => {
    const boxes = evidenceBoxes(source);
    expect(boxes).toHaveLength(1);
    const count = sentences(boxes[0] ?? "").length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(4);
  });

  it.each(patientArticles)("$file shows no wave codes, statistics notes or attrition chart", ({ source }) => {
    expect(source).not.toMatch(/\bT[012]\b/);
    expect(source).not.toMatch(/p values?|coefficient|confidence interval/i);
    expect(source).not.toMatch(/<Figure id="participant-flow(-shares)?"/);
    expect(source).not.toMatch(/context\.link_workers|context\.referrals/);
  });

  it.each(patientArticles)("$file types no help-line number: they come from data/help-now.csv", ({ source }) => {
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, "");
    for (const { phone } of getResource(siteData(), "help-now").rows) expect(body).not.toContain(phone);
  });

  it("the patient guide runs in NHS.UK order, ending with help now", () => {
    const guide = patientArticles.find((a) => a.slug === "what-is-social-prescribing");
    const found = headings(guide?.source ?? "");
    expect(found.filter((h) => NHS_ORDER.includes(h ?? ""))).toEqual(NHS_ORDER);
    expect(guide?.source).toMatch(/## If you need help now\n\n<HelpNow \/>/);
  });
});
