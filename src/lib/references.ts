import { apaSegments, referenceUrl, type Segment } from "../citation/apa.ts";
import { BMJ_OPEN_2019, HEALTHWATCH_PETERBOROUGH_2024, JHP_2022, KIELY_2022, NTU_RELEASE_2020 } from "../citation/papers.ts";
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
 * (SOURCES.md §8); the data behind every number keeps its own sources in data/datapackage.json.
 */
const LISTED = {
  "wakefield-2022": fromRecord(JHP_2022),
  "kellezi-2019": fromRecord(BMJ_OPEN_2019),
  "ntu-release-2020": fromRecord(NTU_RELEASE_2020),
  // Not a work of its own but a description of where a table was found: there is no record to write it from.
  "review-table-2022": {
    segments: [
      {
        text: "Systematic review table reporting results of “Wakefield 2020”; by its list of studies it matches Griffiths, Hina and Jiang (2022), Open Journal of Preventive Medicine, 12, 31–58.",
      },
    ],
    url: "https://html.scirp.org/file/_1-1340875_12.htm",
  },
  // Patient pages (issue 11): how people get social prescribing (SOURCES.md §10.7) and, for the
  // "How sure are we?" box, the controlled trials of link workers (§10.1).
  "healthwatch-peterborough-2024": fromRecord(HEALTHWATCH_PETERBOROUGH_2024),
  "kiely-2022": fromRecord(KIELY_2022),
  // Studies of the wider evidence (issue 12), still written by hand: each should become a record in
  // src/citation/papers.ts (left for the merge; see the i10-root report).
  "haslam-2019": {
    segments: [
      {
        text: "Haslam, C., Cruwys, T., Chang, M. X.-L., Bentley, S. V., Haslam, S. A., Dingle, G. A., & Jetten, J. (2019). GROUPS 4 HEALTH reduces loneliness and social anxiety in adults with psychological distress. Journal of Consulting and Clinical Psychology, 87(9), 787–801.",
      },
    ],
    url: "https://doi.org/10.1037/ccp0000427",
  },
  "munford-2017": {
    segments: [
      {
        text: "Munford, L. A., Sidaway, M., Blakemore, A., Sutton, M., & Bower, P. (2017). Associations of participation in community assets with health-related quality of life and healthcare usage: A cross-sectional study of older people in the community. BMJ Open, 7(2), Article e012374.",
      },
    ],
    url: "https://doi.org/10.1136/bmjopen-2016-012374",
  },
  "munford-2020": {
    segments: [
      {
        text: "Munford, L. A., Wilding, A., Bower, P., & Sutton, M. (2020). Effects of participating in community assets on quality of life and costs of care: Longitudinal cohort study of older people in England. BMJ Open, 10(2), Article e033186.",
      },
    ],
    url: "http://bmjopen.bmj.com/cgi/content/full/10/2/e033186",
  },
  "steffens-2016": {
    segments: [
      {
        text: "Steffens, N. K., Cruwys, T., Haslam, C., Jetten, J., & Haslam, S. A. (2016). Social group memberships in retirement are associated with reduced risk of premature death: Evidence from a longitudinal cohort study. BMJ Open, 6(2), Article e010164.",
      },
    ],
    url: "https://doi.org/10.1136/bmjopen-2015-010164",
  },
  "bu-2024": {
    segments: [
      {
        text: "Bu, F., Hayes, D., Burton, A., & Fancourt, D. (2024). Equal, equitable or exacerbating inequalities: Patterns and predictors of social prescribing referrals in 160 128 UK patients. British Journal of Psychiatry. Published online 11 November 2024.",
      },
    ],
    url: "https://core-prod.cambridgecore.org/core/journals/the-british-journal-of-psychiatry/article/equal-equitable-or-exacerbating-inequalities-patterns-and-predictors-of-social-prescribing-referrals-in-160-128-uk-patients/269F3B6ED4B5264E9F101512011AA8D5",
  },
} satisfies Record<string, ListedReference>;

/** Ids an article's frontmatter `sources` may name. */
export type ReferenceId = keyof typeof LISTED;

/** The listed works by id (see LISTED above for where each is written from). */
export const REFERENCES: Record<ReferenceId, ListedReference> = LISTED;
export const REFERENCE_IDS = Object.keys(REFERENCES) as [ReferenceId, ...ReferenceId[]];

/** A listed reference as plain text, without its link: for tests and plain-text uses. */
export const referenceText = (id: ReferenceId): string => REFERENCES[id].segments.map((s) => s.text).join("");
