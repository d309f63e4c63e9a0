import type { Source } from "../data/index.ts";

/**
 * The source whose verbatim quote contains `quote`, so a quoted phrase on a page is always shown
 * with the source it came from. An ellipsis (…) in `quote` marks omitted words: each part must
 * appear in the source's quote, in order. No match stops the build, naming the quote.
 *
 * @param quote a phrase as printed on the site, e.g. a `described_as` cell of data/pathway-links.csv
 * @param sources the sources of the resource the phrase belongs to
 * @param where where the phrase comes from, for the error message (e.g. "data/pathway-links.csv:2")
 */
export function quoteSource(quote: string, sources: readonly Source[], where: string): Source {
  const parts = quote
    .split("…")
    .map((p) => p.trim())
    .filter(Boolean);
  const found = sources.find((s) => {
    let from = 0;
    for (const part of parts) {
      const at = s.quote.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return parts.length > 0;
  });
  if (!found) {
    throw new Error(
      `${where}: the quote "${quote}" is not in the verbatim quote of any of its sources (${sources.map((s) => s.id).join(", ")})`,
    );
  }
  return found;
}
