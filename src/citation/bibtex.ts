import { articleUrl, dateParts, type Reference } from "./reference.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Escapes the characters TeX treats specially and writes curly quotes as TeX quotes, so the entry
 * compiles with classic BibTeX as well as biber.
 */
export function escapeTex(text: string): string {
  return text
    .replace(/[\\{}]/g, (c) => (c === "\\" ? "\\textbackslash{}" : `\\${c}`))
    .replace(/[&%$#_]/g, (c) => `\\${c}`)
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}")
    .replace(/‘/g, "`")
    .replace(/’/g, "'")
    .replace(/–/g, "--");
}

/** One `  name = {value},` line per field that has a value. */
const fields = (entries: [string, string | undefined][]) =>
  entries
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(",\n");

/**
 * The reference as a BibTeX entry: @article for papers, @misc for web works. Titles are wrapped in
 * a second pair of braces so that styles keep their capitals; URLs and DOIs are left unescaped.
 */
export function bibtex(ref: Reference): string {
  if (ref.kind === "article") {
    const body = fields([
      ["author", ref.authors.map((a) => `${escapeTex(a.family)}, ${escapeTex(a.initials)}`).join(" and ")],
      ["title", `{${escapeTex(ref.title)}}`],
      ["journal", escapeTex(ref.journal)],
      ["year", String(ref.year)],
      ["volume", ref.volume],
      ["number", ref.issue],
      ["pages", ref.pages ? `${ref.pages.first}--${ref.pages.last}` : undefined],
      ["eid", ref.articleNumber],
      ["doi", ref.doi],
      ["url", articleUrl(ref)],
    ]);
    return `@article{${ref.key},\n${body}\n}`;
  }
  const { year, month } = dateParts(ref.date);
  const body = fields([
    ["author", `{${escapeTex(ref.author)}}`],
    ["title", `{${escapeTex(ref.title)}}`],
    ["howpublished", escapeTex(ref.medium)],
    ["year", String(year)],
    ["month", month === undefined ? undefined : MONTHS[month - 1]],
    ["url", ref.url],
    ["note", ref.note === undefined ? undefined : escapeTex(ref.note)],
  ]);
  return `@misc{${ref.key},\n${body}\n}`;
}
