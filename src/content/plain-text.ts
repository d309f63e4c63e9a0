/** How to write out the components an article's text contains. */
export interface PlainTextResolvers {
  /** The words a `<Stat name>` shows, e.g. "630" or "about 3 in 10". */
  stat: (name: string) => string;
  /** The words a self-closing `<Term id />` shows: its glossary term. */
  term: (id: string) => string;
}

/** Sections left out of a reading-level score: lists of works cited, not prose. */
const REFERENCE_HEADINGS = /^#{2}\s+(references|sources|further reading)\s*$/i;

/** Gives a line that ends without punctuation (a heading, a list item) its own full stop. */
const asSentence = (line: string) => (/[.!?:;]["'”’)]?$/.test(line) ? line : `${line}.`);

/**
 * The body text of an MDX article as a reader reads it, for a reading-level score: frontmatter,
 * code, figures, tables and a References section are left out; `<Stat>` and `<Term>` become the
 * words they show; markdown links become their text; headings and list items count as sentences.
 * Headings stay in because readers read them.
 */
export function mdxPlainText(source: string, resolve: PlainTextResolvers): string {
  const body = source
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "")
    .replace(/<Figure\b[^>]*\/>/g, "");
  const kept: string[] = [];
  let inReferences = false;
  for (const raw of body.split("\n")) {
    if (/^#{1,2}\s/.test(raw)) inReferences = REFERENCE_HEADINGS.test(raw.trim());
    if (inReferences || /^\s*\|/.test(raw) || /^(import|export)\s/.test(raw)) continue;
    let line = raw
      .replace(/<Stat\s+name\s*=\s*"([^"]*)"\s*\/>/g, (_, name: string) => resolve.stat(name))
      .replace(/<Term\s+id\s*=\s*"([^"]*)"\s*\/>/g, (_, id: string) => resolve.term(id))
      .replace(/<Aside\b[^>]*\btitle\s*=\s*"([^"]*)"[^>]*>/g, (_, title: string) => `${asSentence(title)} `)
      .replace(/<\/?[A-Z][A-Za-z0-9]*\b[^>]*>/g, "")
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2")
      .trim();
    const structural = /^(#{1,6}\s+|[-*+]\s+|\d+\.\s+)/.test(line);
    // "### 1. You join a group": strip every marker, so "1." is not counted as a sentence end.
    while (/^(#{1,6}|>|[-*+]|\d+\.)\s+/.test(line)) line = line.replace(/^(#{1,6}|>|[-*+]|\d+\.)\s+/, "").trim();
    if (line === "") {
      kept.push("");
      continue;
    }
    kept.push(structural ? asSentence(line) : line);
  }
  return kept
    .join("\n")
    .replace(/\n{2,}/g, "\n\n")
    .trim();
}
