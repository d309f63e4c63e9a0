/**
 * Breaks text into lines of at most `maxChars` characters at spaces, for SVG, which has no line
 * wrapping of its own. Widths are estimated from character counts (the caller picks a count that
 * suits the font size), so the result is safe rather than tight. A word longer than a line (a URL)
 * gets a line to itself. With `maxLines`, the last line kept ends in "…".
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  return kept;
}
