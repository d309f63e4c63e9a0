import type { ArticleReference, WebReference } from "./reference.ts";

/**
 * The works this site explains and quotes, as SOURCES.md section 8 lists them (author order and
 * initials from the NTU IRep records). A test checks the APA text against that section.
 */

const AUTHORS_JHP = [
  { family: "Wakefield", initials: "J. R. H." },
  { family: "Kellezi", initials: "B." },
  { family: "Stevenson", initials: "C." },
  { family: "McNamara", initials: "N." },
  { family: "Bowe", initials: "M." },
  { family: "Wilson", initials: "I." },
  { family: "Halder", initials: "M." },
  { family: "Mair", initials: "E." },
];

/** Wakefield et al. (2022): the paper this site explains. Online first 23 July 2020. */
export const JHP_2022: ArticleReference = {
  kind: "article",
  key: "wakefield2022",
  authors: AUTHORS_JHP,
  year: 2022,
  title:
    "Social Prescribing as ‘Social Cure’: A longitudinal study of the health benefits of social connectedness within a Social Prescribing pathway",
  apaTitle:
    "Social prescribing as ‘social cure’: A longitudinal study of the health benefits of social connectedness within a social prescribing pathway",
  journal: "Journal of Health Psychology",
  volume: "27",
  issue: "2",
  pages: { first: "386", last: "396" },
  doi: "10.1177/1359105320944991",
  issueMonth: "2022-02",
  acceptedVersionUrl: "http://irep.ntu.ac.uk/id/eprint/40173",
};

/** Kellezi et al. (2019): the companion paper in BMJ Open. */
export const BMJ_OPEN_2019: ArticleReference = {
  kind: "article",
  key: "kellezi2019",
  authors: [
    { family: "Kellezi", initials: "B." },
    { family: "Wakefield", initials: "J. R. H." },
    { family: "Stevenson", initials: "C." },
    { family: "McNamara", initials: "N." },
    { family: "Mair", initials: "E." },
    { family: "Bowe", initials: "M." },
    { family: "Wilson", initials: "I." },
    { family: "Halder", initials: "M. M." },
  ],
  year: 2019,
  title:
    "The social cure of social prescribing: a mixed-methods study on the benefits of social connectedness on quality and effectiveness of care provision",
  apaTitle:
    "The social cure of social prescribing: A mixed-methods study on the benefits of social connectedness on quality and effectiveness of care provision",
  journal: "BMJ Open",
  volume: "9",
  issue: "11",
  articleNumber: "e033137",
  doi: "10.1136/bmjopen-2019-033137",
};

/** The university's press release about the paper (a press link, not evidence). */
export const NTU_RELEASE_2020: WebReference = {
  kind: "web",
  key: "ntu2020release",
  author: "Nottingham Trent University",
  date: "2020-07-08",
  title: "Importance of community role in patient care highlighted in new social prescribing study",
  medium: "Press release",
  url: "https://www.ntu.ac.uk/about-us/news/news-articles/2020/07/importance-of-community-role-in-patient-care-highlighted-in-new-social-prescribing-study",
};

/** The university's press release about the companion paper; its day of the month is not recorded. */
export const NTU_RELEASE_2019: WebReference = {
  kind: "web",
  key: "ntu2019release",
  author: "Nottingham Trent University",
  date: "2019-12",
  title: "Group membership can reduce health care appointments by a quarter",
  medium: "Press release",
  url: "https://www.ntu.ac.uk/about-us/news/news-articles/2019/12/group-membership-reduces-health-care-appointments-by-a-quarter,-new-study-shows",
};

/** Kiely et al. (2022): a systematic review of controlled trials of link workers (SOURCES.md §10.1), for the patient pages' "How sure are we?" box. */
export const KIELY_2022: ArticleReference = {
  kind: "article",
  key: "kiely2022",
  authors: [
    { family: "Kiely", initials: "B." },
    { family: "Croke", initials: "A." },
    { family: "O’Shea", initials: "M." },
    { family: "Boland", initials: "F." },
    { family: "O’Shea", initials: "E." },
    { family: "Connolly", initials: "D." },
    { family: "Smith", initials: "S. M." },
  ],
  year: 2022,
  title:
    "Effect of social prescribing link workers on health outcomes and costs for adults in primary care and community settings: a systematic review",
  apaTitle:
    "Effect of social prescribing link workers on health outcomes and costs for adults in primary care and community settings: A systematic review",
  journal: "BMJ Open",
  volume: "12",
  issue: "10",
  articleNumber: "e062951",
  doi: "10.1136/bmjopen-2022-062951",
};

/** Healthwatch Peterborough's page on how people get social prescribing (SOURCES.md §10.7). */
export const HEALTHWATCH_PETERBOROUGH_2024: WebReference = {
  kind: "web",
  key: "healthwatchpeterborough2024",
  author: "Healthwatch Peterborough",
  date: "2024-02-22",
  title: "What is social prescribing?",
  medium: "Web page",
  url: "https://healthwatchpeterborough.co.uk/advice-and-information/2024-02-22/what-social-prescribing",
};
