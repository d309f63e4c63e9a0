/** A run of text, or an address to link. */
export type LinkedText = { text: string } | { url: string };

const URL_PATTERN = /https?:\/\/[^\s)"]+/g;

/**
 * Splits text into plain runs and web addresses, so text from data/ (the claims ledger's
 * "support" column) can link the sources it names. Punctuation that ends a sentence is not part
 * of an address, but a comma inside one is (one press-release address has one).
 */
export function autolink(text: string): LinkedText[] {
  const parts: LinkedText[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:]+$/, "");
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ url });
    last = match.index + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
