import { articleUrl, dateParts, type Reference } from "./reference.ts";

/** "TY  - JOUR": a tag, two spaces, a hyphen and a space, as the RIS format requires. */
const line = (tag: string, value: string) => `${tag}  - ${value}`;

/** "2020-07-08" → "2020/07/08"; "2019-12" → "2019/12". */
const risDate = (date: string) => date.replace(/-/g, "/");

/**
 * The reference in RIS, the tagged format that Zotero, EndNote and Mendeley import: JOUR for
 * papers, ELEC for web works. Empty fields are left out; the record ends with "ER  - ".
 */
export function ris(ref: Reference): string {
  const lines: string[] = [];
  if (ref.kind === "article") {
    lines.push(line("TY", "JOUR"));
    for (const a of ref.authors) lines.push(line("AU", `${a.family}, ${a.initials}`));
    lines.push(line("TI", ref.title), line("JO", ref.journal), line("PY", String(ref.year)));
    const date = ref.issueMonth ?? ref.publishedOnline;
    if (date) lines.push(line("DA", risDate(date)));
    if (ref.volume) lines.push(line("VL", ref.volume));
    if (ref.issue) lines.push(line("IS", ref.issue));
    if (ref.pages) lines.push(line("SP", ref.pages.first), line("EP", ref.pages.last));
    if (ref.articleNumber) lines.push(line("SP", ref.articleNumber));
    if (ref.doi) lines.push(line("DO", ref.doi));
    lines.push(line("UR", articleUrl(ref)));
  } else {
    lines.push(line("TY", "ELEC"), line("AU", ref.author), line("TI", ref.title));
    lines.push(line("PY", String(dateParts(ref.date).year)), line("DA", risDate(ref.date)));
    lines.push(line("M3", ref.medium), line("UR", ref.url));
    if (ref.note) lines.push(line("N1", ref.note));
  }
  lines.push(line("ER", ""));
  return lines.join("\n");
}
