/** Facts about the site itself, shown in the header, footer and metadata. */
export const SITE = {
  name: "Social Cure Explained",
  tagline: "What one study of social prescribing found, and what it cannot tell us",
  /** Licences, as the footer and the about page state them. */
  licence: {
    text: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    code: { name: "MIT", url: "https://opensource.org/license/mit" },
  },
} as const;

/** The paper this site explains, for citations and "read the full text" links. */
export const PAPER = {
  citation:
    "Wakefield, J. R. H., Kellezi, B., Stevenson, C., McNamara, N., Bowe, M., Wilson, I., Halder, M., & Mair, E. (2022). Social prescribing as ‘social cure’: A longitudinal study of the health benefits of social connectedness within a social prescribing pathway. Journal of Health Psychology, 27(2), 386–396.",
  doi: "10.1177/1359105320944991",
  doiUrl: "https://doi.org/10.1177/1359105320944991",
  acceptedVersionUrl: "http://irep.ntu.ac.uk/id/eprint/40173",
} as const;

/** Main navigation, in order. */
export const NAV = [
  { href: "/patients/", label: "For patients" },
  { href: "/clinicians/", label: "For clinicians" },
  { href: "/press/", label: "For press" },
  { href: "/how-it-works/", label: "How it works" },
  { href: "/about/", label: "About" },
] as const;
