/**
 * What a reference manager needs to know about a work, kept apart from any citation style so that
 * APA text, BibTeX and RIS are all written from the same facts (see apa.ts, bibtex.ts, ris.ts).
 */

/** A person as the sources print them: family name and initials ("J. R. H."). */
export interface Person {
  family: string;
  initials: string;
}

/**
 * A journal article: the paper, its companion and the studies of the wider evidence. Volume, issue
 * and DOI are left out when the sources do not give them (a paper published online ahead of an
 * issue; a paper cited by its publisher's address).
 */
interface ArticleFields {
  kind: "article";
  /** BibTeX key; letters, digits and hyphens. */
  key: string;
  /** In the order the journal prints them. */
  authors: Person[];
  year: number;
  /** Title as published, for BibTeX and RIS. */
  title: string;
  /** The same title in sentence case, as APA style writes it. */
  apaTitle: string;
  /** In full, as APA writes it. */
  journal: string;
  volume?: string;
  issue?: string;
  /** Page range, for journals that print one. */
  pages?: { first: string; last: string };
  /** Article number, for journals that number articles instead of pages (e.g. "e033137"). */
  articleNumber?: string;
  /** "YYYY-MM-DD": when a paper not yet in an issue was published online. */
  publishedOnline?: string;
  /** Month of the issue, "YYYY-MM", when known. */
  issueMonth?: string;
  /** The author's accepted manuscript in an open repository, free to read, when there is one. */
  acceptedVersionUrl?: string;
}

/** Where an article is found: its DOI or, when the sources give none, the publisher's address. Never both. */
type ArticleLocation = { doi: string; url?: undefined } | { doi?: undefined; url: string };

export type ArticleReference = ArticleFields & ArticleLocation;

/**
 * A work on the web by an organisation: a chart page or a press release. APA writes its title in
 * italics with a description in brackets ("[Chart]", "[Press release]").
 */
export interface WebReference {
  kind: "web";
  key: string;
  /** The organisation that published it. */
  author: string;
  /** "YYYY-MM-DD", or "YYYY-MM" when only the month is known. */
  date: string;
  title: string;
  /** What kind of work it is, e.g. "Chart", "Press release". */
  medium: string;
  url: string;
  /** Extra words for BibTeX and RIS, such as where the numbers come from. */
  note?: string;
}

export type Reference = ArticleReference | WebReference;

/** The DOI as a link, the form APA asks for. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;

/** The address of an article: its DOI as a link, or the publisher's address when there is no DOI. */
export const articleUrl = (ref: ArticleReference): string => (ref.doi === undefined ? ref.url : doiUrl(ref.doi));

/** "2020-07-08" → { year: 2020, month: 7, day: 8 }; month and day are undefined when absent. */
export function dateParts(date: string): { year: number; month: number | undefined; day: number | undefined } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`Expected a reference date as YYYY, YYYY-MM or YYYY-MM-DD, found "${date}"`);
  const [, year, month, day] = match;
  return { year: Number(year), month: month === undefined ? undefined : Number(month), day: day === undefined ? undefined : Number(day) };
}
