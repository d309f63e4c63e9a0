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

/** Main navigation, in order. */
export const NAV = [
  { href: "/patients/", label: "For patients" },
  { href: "/clinicians/", label: "For clinicians" },
  { href: "/press/", label: "For press" },
  { href: "/how-it-works/", label: "How it works" },
  { href: "/about/", label: "About" },
] as const;
