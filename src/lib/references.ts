import { apaSegments, referenceUrl, type Segment } from "../citation/apa.ts";
import {
  BMJ_OPEN_2019,
  BU_2024,
  HASLAM_2019,
  HEALTHWATCH_PETERBOROUGH_2024,
  JHP_2022,
  KIELY_2022,
  MUNFORD_2017,
  MUNFORD_2020,
  NTU_RELEASE_2020,
  STEFFENS_2016,
} from "../citation/papers.ts";
import type { Reference } from "../citation/reference.ts";

/** A work as an article lists it under "Sources" or in its text: APA runs, and the address to link. */
export interface ListedReference {
  segments: Segment[];
  url: string;
}

/** The APA reference of a record in src/citation/papers.ts, the one place its facts are kept. */
const fromRecord = (ref: Reference): ListedReference => ({ segments: apaSegments(ref, { link: false }), url: referenceUrl(ref) });

/**
 * The works an article can list under "Sources" in its trust details (frontmatter `sources`) or
 * cite with `<Reference id="…" />`. Citations are written from the records in src/citation/papers.ts
 * (SOURCES.md §8 and §10); the data behind every number keeps its own sources in data/datapackage.json.
 */
const LISTED = {
  "wakefield-2022": fromRecord(JHP_2022),
  "kellezi-2019": fromRecord(BMJ_OPEN_2019),
  "ntu-release-2020": fromRecord(NTU_RELEASE_2020),
  // Not a work of its own but a description of where a table was found: there is no record to write it
  // from (SOURCES.md §10.2 names Griffiths, Hina and Jiang without initials). Kept here once, for the
  // trust details and the article's reference list alike.
  "review-table-2022": {
    segments: [
      {
        text: "Systematic review table reporting results of “Wakefield 2020”. The table page does not print its title; by its list of studies it matches Griffiths, Hina and Jiang (2022), ",
      },
      { text: "Open Journal of Preventive Medicine", italic: true },
      { text: ", " },
      { text: "12", italic: true },
      { text: ", 31–58." },
    ],
    url: "https://html.scirp.org/file/_1-1340875_12.htm",
  },
  // Patient pages (issue 11): how people get social prescribing (SOURCES.md §10.7) and, for the
  // "How sure are we?" box, the controlled trials of link workers (§10.1).
  "healthwatch-peterborough-2024": fromRecord(HEALTHWATCH_PETERBOROUGH_2024),
  "kiely-2022": fromRecord(KIELY_2022),
  // Studies of the wider evidence (issue 12, SOURCES.md §10).
  "haslam-2019": fromRecord(HASLAM_2019),
  "munford-2017": fromRecord(MUNFORD_2017),
  "munford-2020": fromRecord(MUNFORD_2020),
  "steffens-2016": fromRecord(STEFFENS_2016),
  "bu-2024": fromRecord(BU_2024),
} satisfies Record<string, ListedReference>;

/** Ids an article's frontmatter `sources` may name. */
export type ReferenceId = keyof typeof LISTED;

/** The listed works by id (see LISTED above for where each is written from). */
export const REFERENCES: Record<ReferenceId, ListedReference> = LISTED;
export const REFERENCE_IDS = Object.keys(REFERENCES) as [ReferenceId, ...ReferenceId[]];

/** A listed reference as plain text, without its link: for tests and plain-text uses. */
export const referenceText = (id: ReferenceId): string => REFERENCES[id].segments.map((s) => s.text).join("");
