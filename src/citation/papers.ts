import type { ArticleReference, WebReference } from "./reference.ts";

/**
 * The works this site explains and quotes, as SOURCES.md section 8 lists them (author order and
 * initials from the NTU IRep records), and the studies of the wider evidence as section 10 cites
 * them. A test checks the APA text against those sections. The articles are declared with
 * `satisfies` so that a record with a DOI keeps it as a string for the pages that link it.
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
export const JHP_2022 = {
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
} satisfies ArticleReference;

/** Kellezi et al. (2019): the companion paper in BMJ Open. */
export const BMJ_OPEN_2019 = {
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
} satisfies ArticleReference;

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
export const KIELY_2022 = {
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
} satisfies ArticleReference;

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

/*
 * The wider evidence (SOURCES.md §10), each field as §10 cites it and nothing more: journal names
 * are written out in full from §10's abbreviations, as APA asks; a DOI, issue or page range that
 * §10 does not give is left out, never looked up.
 */

/** Haslam et al. (2019): a randomised controlled trial of Groups 4 Health (SOURCES.md §10.3). */
export const HASLAM_2019 = {
  kind: "article",
  key: "haslam2019",
  authors: [
    { family: "Haslam", initials: "C." },
    { family: "Cruwys", initials: "T." },
    { family: "Chang", initials: "M. X.-L." },
    { family: "Bentley", initials: "S. V." },
    { family: "Haslam", initials: "S. A." },
    { family: "Dingle", initials: "G. A." },
    { family: "Jetten", initials: "J." },
  ],
  year: 2019,
  title: "GROUPS 4 HEALTH reduces loneliness and social anxiety in adults with psychological distress",
  apaTitle: "GROUPS 4 HEALTH reduces loneliness and social anxiety in adults with psychological distress",
  journal: "Journal of Consulting and Clinical Psychology",
  volume: "87",
  issue: "9",
  pages: { first: "787", last: "801" },
  doi: "10.1037/ccp0000427",
} satisfies ArticleReference;

/** Munford et al. (2017): a cross-sectional study of community assets and quality of life (SOURCES.md §10.4). */
export const MUNFORD_2017 = {
  kind: "article",
  key: "munford2017",
  authors: [
    { family: "Munford", initials: "L. A." },
    { family: "Sidaway", initials: "M." },
    { family: "Blakemore", initials: "A." },
    { family: "Sutton", initials: "M." },
    { family: "Bower", initials: "P." },
  ],
  year: 2017,
  title:
    "Associations of participation in community assets with health-related quality of life and healthcare usage: a cross-sectional study of older people in the community",
  apaTitle:
    "Associations of participation in community assets with health-related quality of life and healthcare usage: A cross-sectional study of older people in the community",
  journal: "BMJ Open",
  volume: "7",
  issue: "2",
  articleNumber: "e012374",
  doi: "10.1136/bmjopen-2016-012374",
} satisfies ArticleReference;

/** Munford et al. (2020): a longitudinal cohort of community assets and QALYs (SOURCES.md §10.4). §10 gives no DOI: cited by the publisher's address. */
export const MUNFORD_2020 = {
  kind: "article",
  key: "munford2020",
  authors: [
    { family: "Munford", initials: "L. A." },
    { family: "Wilding", initials: "A." },
    { family: "Bower", initials: "P." },
    { family: "Sutton", initials: "M." },
  ],
  year: 2020,
  title:
    "Effects of participating in community assets on quality of life and costs of care: longitudinal cohort study of older people in England",
  apaTitle:
    "Effects of participating in community assets on quality of life and costs of care: Longitudinal cohort study of older people in England",
  journal: "BMJ Open",
  volume: "10",
  issue: "2",
  articleNumber: "e033186",
  url: "http://bmjopen.bmj.com/cgi/content/full/10/2/e033186",
} satisfies ArticleReference;

/** Steffens et al. (2016): a cohort study of group memberships in retirement (SOURCES.md §10.4). */
export const STEFFENS_2016 = {
  kind: "article",
  key: "steffens2016",
  authors: [
    { family: "Steffens", initials: "N. K." },
    { family: "Cruwys", initials: "T." },
    { family: "Haslam", initials: "C." },
    { family: "Jetten", initials: "J." },
    { family: "Haslam", initials: "S. A." },
  ],
  year: 2016,
  title:
    "Social group memberships in retirement are associated with reduced risk of premature death: evidence from a longitudinal cohort study",
  apaTitle:
    "Social group memberships in retirement are associated with reduced risk of premature death: Evidence from a longitudinal cohort study",
  journal: "BMJ Open",
  volume: "6",
  issue: "2",
  articleNumber: "e010164",
  doi: "10.1136/bmjopen-2015-010164",
} satisfies ArticleReference;

/** Bu et al. (2024): referral data of a social prescribing platform (SOURCES.md §10.6), published online ahead of an issue; §10 gives no DOI. */
export const BU_2024 = {
  kind: "article",
  key: "bu2024",
  authors: [
    { family: "Bu", initials: "F." },
    { family: "Hayes", initials: "D." },
    { family: "Burton", initials: "A." },
    { family: "Fancourt", initials: "D." },
  ],
  year: 2024,
  title: "Equal, equitable or exacerbating inequalities: patterns and predictors of social prescribing referrals in 160 128 UK patients",
  apaTitle: "Equal, equitable or exacerbating inequalities: Patterns and predictors of social prescribing referrals in 160 128 UK patients",
  journal: "British Journal of Psychiatry",
  publishedOnline: "2024-11-11",
  url: "https://core-prod.cambridgecore.org/core/journals/the-british-journal-of-psychiatry/article/equal-equitable-or-exacerbating-inequalities-patterns-and-predictors-of-social-prescribing-referrals-in-160-128-uk-patients/269F3B6ED4B5264E9F101512011AA8D5",
} satisfies ArticleReference;
