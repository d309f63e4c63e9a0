import { join, relative } from "node:path";
import { z } from "astro/zod";
import { DataError } from "../data/errors.ts";
import { loadYamlList } from "./yaml-list.ts";

/** One entry of content/glossary.yaml. Strict: a misspelt field stops the build. */
export const glossaryTermSchema = z.strictObject({
  /**
   * The anchor on /glossary/ (`/glossary/#link-worker`) and the value authors give `<Term id>`.
   * Lower-case words joined by hyphens, so it is a valid, stable URL fragment.
   */
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens, e.g. link-worker"),
  /** The term as readers see it at the head of its entry: "Link worker". */
  term: z.string().min(2).max(60),
  /**
   * What it means, in plain words, in one to three short sentences. Shown in place when a reader
   * opens a term and on /glossary/, so it must stand alone and agree with SOURCES.md.
   */
  definition: z
    .string()
    .min(20)
    .max(360)
    .regex(/[.!?]$/, "expected the definition to end with a full stop"),
  /** Other names the same thing goes by ("community connector"); listed under the definition. */
  otherNames: z.array(z.string().min(2)).min(1).optional(),
});

/** A glossary entry as pages use it. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * Loads and checks a glossary file: every entry valid and every id used once. Returns entries in
 * alphabetical order of their term, the order of the /glossary/ page.
 */
export function loadGlossary(path: string): GlossaryTerm[] {
  const items = loadYamlList(path, glossaryTermSchema, "glossary entry");
  const seen = new Map<string, number>();
  for (const { value, line } of items) {
    const first = seen.get(value.id);
    if (first !== undefined) {
      throw new DataError(
        relative(process.cwd(), path),
        `duplicate glossary id "${value.id}" (first used on line ${first}; expected each id once)`,
        line,
      );
    }
    seen.set(value.id, line);
  }
  return items.map((i) => i.value).sort((a, b) => a.term.localeCompare(b.term, "en-GB"));
}

let cached: GlossaryTerm[] | undefined;

/** The site's glossary, content/glossary.yaml, loaded once per build. */
export function siteGlossary(): GlossaryTerm[] {
  cached ??= loadGlossary(join(process.cwd(), "content", "glossary.yaml"));
  return cached;
}

/** One term by id, for `<Term>`; the MDX checker has already rejected unknown ids. */
export function glossaryTerm(id: string): GlossaryTerm {
  const entry = siteGlossary().find((t) => t.id === id);
  if (!entry)
    throw new Error(
      `<Term id="${id}">: no such entry in content/glossary.yaml. Expected one of: ${siteGlossary()
        .map((t) => t.id)
        .join(", ")}.`,
    );
  return entry;
}
