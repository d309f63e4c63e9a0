/**
 * Internal links for a site that may live under a sub-path (SITE_BASE=/social-cure/). Every
 * internal href and asset path goes through here, so moving the site never breaks a link.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** "/about/" → "/social-cure/about/" when the site is built under /social-cure/. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, "");
}
