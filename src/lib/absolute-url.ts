import { href } from "./url.ts";

/**
 * The absolute address of a site path ("/charts/participant-flow/"), with the base the site is
 * built under. For what leaves the site: embed code, citations, downloads and link previews.
 *
 * @param site Astro's `site` (SITE_URL), e.g. `Astro.site`
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (site === undefined) throw new Error(`Cannot make "${path}" absolute: set "site" in astro.config.mjs (SITE_URL)`);
  return new URL(href(path), site).href;
}
