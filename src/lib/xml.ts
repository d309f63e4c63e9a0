/**
 * Escapes text for XML and HTML content and attribute values: SVG files, embed code and anything
 * else the site writes as markup by hand rather than through Astro's templates.
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
