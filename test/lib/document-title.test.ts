import { describe, expect, it } from "vitest";
import { documentTitle } from "../../src/lib/document-title.ts";

describe("documentTitle", () => {
  it("adds the site's name", () => {
    expect(documentTitle("Glossary", "Social Cure Explained")).toBe("Glossary | Social Cure Explained");
    expect(documentTitle("Social Cure Explained", "Social Cure Explained")).toBe("Social Cure Explained");
  });

  it("with a maximum, adds the site's name only when the whole fits", () => {
    expect(documentTitle("Glossary", "Social Cure Explained", 60)).toBe("Glossary | Social Cure Explained");
    const guide = "Social prescribing: what it is and how to get it";
    expect(documentTitle(guide, "Social Cure Explained", 60)).toBe(guide);
  });

  it("refuses a title that is too long on its own", () => {
    expect(() => documentTitle("x".repeat(61), "Site", 60)).toThrow("is 61 characters; expected at most 60");
  });
});
