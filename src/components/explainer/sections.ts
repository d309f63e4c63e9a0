/**
 * The sections of /how-it-works/, in page order: each <h2> there takes its words and id from here,
 * and so does the page's "On this page" list, so the two can never disagree.
 */
export const HOW_IT_WORKS_SECTIONS = {
  idea: { depth: 2, slug: "social-cure-idea", text: 'What is the "social cure" idea?' },
  chain: { depth: 2, slug: "stepper-title", text: "How did the researchers link joining groups to quality of life?" },
  waves: { depth: 2, slug: "who-answered", text: "Who answered at each wave?" },
  limits: { depth: 2, slug: "can-cannot", text: "What this study can and cannot tell you" },
} as const;
