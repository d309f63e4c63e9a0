import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGlossary, siteGlossary } from "../../src/content/glossary.ts";

const fixture = (name: string) => join(process.cwd(), "test", "fixtures", "content", name);

describe("siteGlossary", () => {
  const terms = siteGlossary();

  it("explains every term the issue asks for, and at least 12", () => {
    const ids = terms.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    for (const id of [
      "social-prescribing",
      "link-worker",
      "health-coach",
      "social-cure",
      "group-membership",
      "community-belonging",
      "social-support",
      "loneliness",
      "quality-of-life",
      "longitudinal-study",
      "mediation",
      "attrition",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("gives a link worker's other job titles (STYLE §4)", () => {
    expect(terms.find((t) => t.id === "link-worker")?.otherNames).toEqual(
      expect.arrayContaining(["community connector", "wellbeing advisor"]),
    );
  });

  it("lists terms A to Z and types no numbers into definitions", () => {
    expect(terms.map((t) => t.term)).toEqual([...terms.map((t) => t.term)].sort((a, b) => a.localeCompare(b, "en-GB")));
    for (const t of terms) expect(t.definition, t.id).not.toMatch(/\d/);
  });
});

describe("loadGlossary", () => {
  it("refuses a repeated id, naming both lines", () => {
    expect(() => loadGlossary(fixture("glossary-duplicate.yaml"))).toThrow(
      'test/fixtures/content/glossary-duplicate.yaml:5: duplicate glossary id "loneliness" (first used on line 1; expected each id once)',
    );
  });

  it("names the entry and line of a missing field", () => {
    expect(() => loadGlossary(fixture("glossary-missing-field.yaml"))).toThrow(
      /^test\/fixtures\/content\/glossary-missing-field\.yaml:5: glossary entry 2: field "definition": /,
    );
  });

  it("explains what an id must look like", () => {
    expect(() => loadGlossary(fixture("glossary-bad-id.yaml"))).toThrow(
      'test/fixtures/content/glossary-bad-id.yaml:1: glossary entry 1: field "id": expected lower-case words joined by hyphens, e.g. link-worker',
    );
  });

  it("refuses a misspelt field instead of ignoring it", () => {
    expect(() => loadGlossary(fixture("glossary-unknown-field.yaml"))).toThrow(
      'test/fixtures/content/glossary-unknown-field.yaml:4: glossary entry 1: Unrecognized key: "defintion"',
    );
  });

  it("reports YAML syntax errors with the line the parser stopped at", () => {
    expect(() => loadGlossary(fixture("glossary-not-yaml.yaml"))).toThrow(
      'test/fixtures/content/glossary-not-yaml.yaml:4: is not valid YAML: Missing closing "quote',
    );
  });
});
