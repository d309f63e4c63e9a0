/**
 * What each measure of the study asked about, in plain words with the study's term after it
 * (STYLE §4: "feeling you belong (community belonging)"). Keyed by the ids in
 * data/pathway-measures.csv. The sources name the constructs only, not the questionnaires, so
 * these words say what was asked about, never how.
 */
export const MEASURE_TEXT: Readonly<Record<string, string>> = {
  group_memberships: "how many groups people belonged to (number of group memberships)",
  community_belonging: "how much people felt they belonged to their community (community belonging)",
  social_support: "how much support people felt they got from others (social support)",
  loneliness: "how lonely people felt (loneliness)",
  quality_of_life: "how people rated their quality of life in relation to their health (health-related quality of life)",
};

/** The plain words for a measure; an id with no words stops the build and says where to add them. */
export function measureText(id: string): string {
  const text = MEASURE_TEXT[id];
  if (text === undefined) {
    throw new Error(
      `data/pathway-measures.csv has a measure "${id}" with no plain words: add it to MEASURE_TEXT in src/components/explainer/measure-text.ts`,
    );
  }
  return text;
}
