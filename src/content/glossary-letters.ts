import type { GlossaryTerm } from "./glossary.ts";

/** The terms under one letter of the A–Z list on /glossary/. */
export interface GlossaryLetter {
  /** "A" … "Z". */
  letter: string;
  /** Anchor of the letter's heading: "letter-a". */
  id: string;
  /** Terms starting with the letter, in the order given (the glossary's A to Z order). */
  terms: GlossaryTerm[];
}

const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/**
 * The A–Z jump list: every letter, in order, with the terms that start with it (none for letters
 * no term starts with, which the page shows as plain text rather than a link, as NHS.UK's A to Z
 * does). A term that starts with anything but A–Z stops the build, since it would have no letter.
 */
export function glossaryLetters(terms: readonly GlossaryTerm[]): GlossaryLetter[] {
  const initial = (t: GlossaryTerm) => t.term.normalize("NFD").charAt(0).toUpperCase();
  for (const t of terms) {
    if (!ALPHABET.includes(initial(t)))
      throw new Error(`content/glossary.yaml: term "${t.term}" (id ${t.id}) must start with a letter A to Z for the A–Z list`);
  }
  return ALPHABET.map((letter) => ({ letter, id: `letter-${letter.toLowerCase()}`, terms: terms.filter((t) => initial(t) === letter) }));
}
