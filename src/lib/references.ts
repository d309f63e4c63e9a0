/**
 * The works an article can list under "Sources" in its trust details (frontmatter `sources`).
 * Citations follow SOURCES.md §8 and the References section of the clinician article; the data
 * behind every number keeps its own sources in data/datapackage.json.
 */
export const REFERENCES = {
  "wakefield-2022": {
    citation:
      "Wakefield, J. R. H., Kellezi, B., Stevenson, C., McNamara, N., Bowe, M., Wilson, I., Halder, M., & Mair, E. (2022). Social prescribing as ‘social cure’: A longitudinal study of the health benefits of social connectedness within a social prescribing pathway. Journal of Health Psychology, 27(2), 386–396.",
    url: "https://doi.org/10.1177/1359105320944991",
  },
  "kellezi-2019": {
    citation:
      "Kellezi, B., Wakefield, J. R. H., Stevenson, C., McNamara, N., Mair, E., Bowe, M., Wilson, I., & Halder, M. M. (2019). The social cure of social prescribing: A mixed-methods study on the benefits of social connectedness on quality and effectiveness of care provision. BMJ Open, 9(11), Article e033137.",
    url: "https://doi.org/10.1136/bmjopen-2019-033137",
  },
  "ntu-release-2020": {
    citation:
      "Nottingham Trent University. (2020, July 8). Importance of community role in patient care highlighted in new social prescribing study [Press release].",
    url: "https://www.ntu.ac.uk/about-us/news/news-articles/2020/07/importance-of-community-role-in-patient-care-highlighted-in-new-social-prescribing-study",
  },
  "review-table-2022": {
    citation:
      "Systematic review table reporting results of “Wakefield 2020”; by its list of studies it matches Griffiths, Hina and Jiang (2022), Open Journal of Preventive Medicine, 12, 31–58.",
    url: "https://html.scirp.org/file/_1-1340875_12.htm",
  },
  // Patient pages (issue 11): how people get social prescribing (SOURCES.md §10.7) and, for the
  // "How sure are we?" box, the controlled trials of link workers (§10.1).
  "healthwatch-peterborough-2024": {
    citation: "Healthwatch Peterborough. (2024, February 22). What is social prescribing?",
    url: "https://healthwatchpeterborough.co.uk/advice-and-information/2024-02-22/what-social-prescribing",
  },
  "kiely-2022": {
    citation:
      "Kiely, B., Croke, A., O’Shea, M., Boland, F., O’Shea, E., Connolly, D., & Smith, S. M. (2022). Effect of social prescribing link workers on health outcomes and costs for adults in primary care and community settings: A systematic review. BMJ Open, 12(10), e062951.",
    url: "https://doi.org/10.1136/bmjopen-2022-062951",
  },
} as const satisfies Record<string, { citation: string; url: string }>;

/** Ids an article's frontmatter `sources` may name. */
export type ReferenceId = keyof typeof REFERENCES;
export const REFERENCE_IDS = Object.keys(REFERENCES) as [ReferenceId, ...ReferenceId[]];
