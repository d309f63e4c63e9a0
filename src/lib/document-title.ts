/**
 * The <title> of a page: its own title, then the site's name ("Glossary | Social Cure Explained").
 * With a maximum length (patient pages: search results cut titles off at about 60 characters),
 * the site's name is added only if the whole still fits; a title that alone is too long is an
 * error, because it would be cut off (the frontmatter schema stops it first for articles).
 */
export function documentTitle(title: string, siteName: string, maxLength?: number): string {
  if (title === siteName) return title;
  const full = `${title} | ${siteName}`;
  if (maxLength === undefined || full.length <= maxLength) return full;
  if (title.length > maxLength) throw new Error(`Page title "${title}" is ${title.length} characters; expected at most ${maxLength}`);
  return title;
}
