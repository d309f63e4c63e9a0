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
      "Kiely, B., Croke, A., O'Shea, M., Boland, F., O'Shea, E., Connolly, D., & Smith, S. M. (2022). Effect of social prescribing link workers on health outcomes and costs for adults in primary care and community settings: A systematic review. BMJ Open, 12(10), Article e062951.",
    url: "https://doi.org/10.1136/bmjopen-2022-062951",
  },
  "haslam-2019": {
    citation:
      "Haslam, C., Cruwys, T., Chang, M. X.-L., Bentley, S. V., Haslam, S. A., Dingle, G. A., & Jetten, J. (2019). GROUPS 4 HEALTH reduces loneliness and social anxiety in adults with psychological distress. Journal of Consulting and Clinical Psychology, 87(9), 787–801.",
    url: "https://doi.org/10.1037/ccp0000427",
  },
  "munford-2017": {
    citation:
      "Munford, L. A., Sidaway, M., Blakemore, A., Sutton, M., & Bower, P. (2017). Associations of participation in community assets with health-related quality of life and healthcare usage: A cross-sectional study of older people in the community. BMJ Open, 7(2), Article e012374.",
    url: "https://doi.org/10.1136/bmjopen-2016-012374",
  },
  "munford-2020": {
    citation:
      "Munford, L. A., Wilding, A., Bower, P., & Sutton, M. (2020). Effects of participating in community assets on quality of life and costs of care: Longitudinal cohort study of older people in England. BMJ Open, 10(2), Article e033186.",
    url: "http://bmjopen.bmj.com/cgi/content/full/10/2/e033186",
  },
  "steffens-2016": {
    citation:
      "Steffens, N. K., Cruwys, T., Haslam, C., Jetten, J., & Haslam, S. A. (2016). Social group memberships in retirement are associated with reduced risk of premature death: Evidence from a longitudinal cohort study. BMJ Open, 6(2), Article e010164.",
    url: "https://doi.org/10.1136/bmjopen-2015-010164",
  },
  "bu-2024": {
    citation:
      "Bu, F., Hayes, D., Burton, A., & Fancourt, D. (2024). Equal, equitable or exacerbating inequalities: Patterns and predictors of social prescribing referrals in 160 128 UK patients. British Journal of Psychiatry. Published online 11 November 2024.",
    url: "https://core-prod.cambridgecore.org/core/journals/the-british-journal-of-psychiatry/article/equal-equitable-or-exacerbating-inequalities-patterns-and-predictors-of-social-prescribing-referrals-in-160-128-uk-patients/269F3B6ED4B5264E9F101512011AA8D5",
  },
} as const satisfies Record<string, { citation: string; url: string }>;

/** Ids an article's frontmatter `sources` may name. */
export type ReferenceId = keyof typeof REFERENCES;
export const REFERENCE_IDS = Object.keys(REFERENCES) as [ReferenceId, ...ReferenceId[]];
