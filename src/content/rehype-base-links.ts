/** A hast element, as far as this plugin reads it. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Prefixes root-relative links written in MDX ("/about/") with the site's base path, so articles
 * keep working when the site is built under a sub-path (SITE_BASE=/social-cure/).
 */
export function rehypeBaseLinks(base: string) {
  const prefix = base.replace(/\/?$/, "/");
  return () => (tree: HastNode) => {
    if (prefix === "/") return;
    const visit = (node: HastNode) => {
      const value = node.type === "element" && node.tagName === "a" ? node.properties?.["href"] : undefined;
      if (typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith(prefix)) {
        node.properties!["href"] = prefix + value.slice(1);
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
