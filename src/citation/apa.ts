import { articleUrl, dateParts, type ArticleReference, type Person, type Reference, type WebReference } from "./reference.ts";

/** A run of reference text; APA sets journal names, volumes and web titles in italics. */
export interface Segment {
  text: string;
  italic?: boolean;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Wakefield, J. R. H., Kellezi, B., & Mair, E.": every author (APA 7 lists up to 20), "&" before the last. */
function authorList(authors: Person[]): string {
  const names = authors.map((a) => `${a.family}, ${a.initials}`);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")}, & ${names[names.length - 1]}`;
}

/** Ends a title with a full stop unless it already ends with a question or exclamation mark. */
const closed = (title: string) => (/[?!.]$/.test(title) ? title : `${title}.`);

/** "(2020, July 8)", "(2019, December)" or "(2022)". */
function apaDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `(${year})`;
  return `(${year}, ${MONTHS[month - 1]}${day === undefined ? "" : ` ${day}`})`;
}

/** Options for apaSegments(). */
export interface ApaOptions {
  /** End with the DOI or URL as text (true, the default), or leave it for the page to set as a link. */
  link?: boolean;
}

/** The address APA ends a reference with: the DOI as a link for an article, the URL for a web page. */
export const referenceUrl = (ref: Reference): string => (ref.kind === "article" ? articleUrl(ref) : ref.url);

function article(ref: ArticleReference): Segment[] {
  const head: Segment[] = [
    { text: `${authorList(ref.authors)} (${ref.year}). ${closed(ref.apaTitle)} ` },
    { text: ref.journal, italic: true },
  ];
  // APA 7 (10.1): a paper not yet in an issue is "Advance online publication", with no volume.
  if (ref.volume === undefined) return [...head, { text: ref.publishedOnline ? ". Advance online publication." : "." }];
  const where = ref.pages ? `, ${ref.pages.first}–${ref.pages.last}.` : ref.articleNumber ? `, Article ${ref.articleNumber}.` : ".";
  return [
    ...head,
    { text: ", " },
    { text: ref.volume, italic: true },
    { text: `${ref.issue === undefined ? "" : `(${ref.issue})`}${where}` },
  ];
}

function web(ref: WebReference): Segment[] {
  return [{ text: `${closed(ref.author)} ${apaDate(ref.date)}. ` }, { text: ref.title, italic: true }, { text: ` [${ref.medium}].` }];
}

/** The reference in APA 7 style, as runs of plain and italic text for the page to set. */
export function apaSegments(ref: Reference, { link = true }: ApaOptions = {}): Segment[] {
  const segments = ref.kind === "article" ? article(ref) : web(ref);
  return link ? [...segments, { text: ` ${referenceUrl(ref)}` }] : segments;
}

/** The reference in APA 7 style as plain text, for copying. */
export function apaText(ref: Reference, options: ApaOptions = {}): string {
  return apaSegments(ref, options)
    .map((s) => s.text)
    .join("");
}
