/**
 * The words for each link of the chain on /how-it-works/: the question a reader would ask, a
 * plain answer, the direction found in one sentence, and what the link leaves unknown. Keyed
 * "from→to" by the ids in data/pathway-links.csv. Words are written by hand, so each entry also
 * states the direction it was written for: if the data say otherwise, the build stops instead of
 * publishing a sentence that contradicts the source. No numbers here: they come from data/.
 */
export interface StepText {
  /** Heading: the question this link answers. */
  question: string;
  /** Plain-language answer, answer first, at a reading age of about 9 to 11. */
  plain: string;
  /** Direction the words below were written for; must match the data. */
  direction: "positive" | "negative";
  /** The direction found, in one plain sentence. */
  found: string;
  /** What this link in particular leaves unknown, beyond effect sizes and timing. */
  unknown: string;
}

export const STEP_TEXT: Readonly<Record<string, StepText>> = {
  "group_memberships→community_belonging": {
    question: "Did people who joined more groups feel they belonged more?",
    plain:
      "In this study, they tended to. People who joined more groups also tended to feel a stronger sense of belonging to their community. This is the first link in the chain the researchers tested.",
    direction: "positive",
    found: "More groups went with a stronger sense of belonging.",
    unknown:
      "Which came first. Joining groups may have built a sense of belonging, or people who already felt they belonged may have joined more groups.",
  },
  "community_belonging→social_support": {
    question: "Did people who felt they belonged also feel more supported?",
    plain:
      "In this study, they tended to. People with a stronger sense of belonging to their community also tended to feel that other people gave them more support.",
    direction: "positive",
    found: "A stronger sense of belonging went with feeling more supported.",
    unknown:
      "Whether something else raised both. For example, better health might make it easier both to take part in community life and to get help.",
  },
  "social_support→loneliness": {
    question: "Did people who felt more supported feel less lonely?",
    plain:
      "In this study, they tended to. Here the link runs the other way: more of one went with less of the other. People who felt more supported tended to feel less lonely.",
    direction: "negative",
    found: "More support went with less loneliness.",
    unknown:
      "Whether the link held for the people who stopped answering. Only some of the people who started answered the later surveys, as the next section shows.",
  },
  "loneliness→quality_of_life": {
    question: "Did people who felt less lonely have better quality of life?",
    plain:
      "In this study, they tended to. People who felt less lonely tended to rate their health-related quality of life as better. This last link completes the chain from joining groups to quality of life.",
    direction: "negative",
    found: "Less loneliness went with better quality of life.",
    unknown: "Whether the pathway made any difference. There was no comparison group of similar people who were not on the pathway.",
  },
};

/** One link as data/pathway-links.csv gives it. */
export interface LinkKey {
  from: string;
  to: string;
  direction: "positive" | "negative";
}

/**
 * The words for one link. A link with no words, or words written for the other direction, stops
 * the build with the link and the file to change.
 */
export function stepText(link: LinkKey): StepText {
  const key = `${link.from}→${link.to}`;
  const text = STEP_TEXT[key];
  if (!text)
    throw new Error(
      `data/pathway-links.csv has a link "${key}" with no words: add it to STEP_TEXT in src/components/explainer/step-text.ts`,
    );
  if (text.direction !== link.direction) {
    throw new Error(
      `data/pathway-links.csv: link "${key}" is ${link.direction}, but its words in src/components/explainer/step-text.ts were written for ${text.direction}; rewrite them`,
    );
  }
  return text;
}

/** Words for a link that is no longer in the data would silently go unused; name them instead. */
export function unusedStepText(links: readonly LinkKey[]): string[] {
  const used = new Set(links.map((l) => `${l.from}→${l.to}`));
  return Object.keys(STEP_TEXT).filter((key) => !used.has(key));
}
