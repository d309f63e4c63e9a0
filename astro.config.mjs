// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { securityHeaders } from "./src/build/integration.ts";
import { isEmbedPath } from "./src/build/security-headers.ts";
import { CHART_REDIRECTS } from "./src/charts/redirects.ts";
import { siteGlossary } from "./src/content/glossary.ts";
import { checkContent } from "./src/content/integration.ts";
import { reviewDates } from "./src/content/review-integration.ts";
import { statNames } from "./src/site/stats.ts";

/** Where the site is published; canonical URLs and the sitemap use it. Set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? "http://localhost:4321";

/** Sub-path the site is served under, e.g. "/social-cure/"; "/" by default. */
const base = process.env.SITE_BASE ?? "/";

/** Output folder; tests build sub-path copies elsewhere without touching dist/. */
const outDir = process.env.OUT_DIR ?? "dist";

/**
 * The redirect pages left at a renamed chart's old addresses (src/charts/redirects.ts).
 * @param {string} path
 */
const isRedirectPage = (path) =>
  Object.keys(CHART_REDIRECTS).some((id) => path.endsWith(`/charts/${id}/`) || path.endsWith(`/embed/${id}/`));

const rules = () => ({
  statNames: statNames(),
  termIds: new Set(siteGlossary().map((term) => term.id)),
});

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: "always",
  // Astro 7's default ("jsx") drops a line break between a word and a tag, gluing "Read the" to
  // the link on the next line; `true` compresses without losing the space that line break means.
  compressHTML: true,
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [
    checkContent({ contentDir: "content", rules }),
    reviewDates({ articlesDir: "content/articles" }),
    mdx(),
    // An embed page is a copy of its chart page (its canonical URL), and a renamed chart's page only
    // redirects to the new one, so neither is listed: only pages that are their own canonical URL.
    sitemap({ filter: (page) => !isEmbedPath(new URL(page).pathname, base) && !isRedirectPage(new URL(page).pathname) }),
    securityHeaders(),
  ],
  devToolbar: { enabled: false },
  // Scripts are always external files, never inlined into the HTML, so a Content-Security-Policy
  // without 'unsafe-inline' for scripts can be added (other assets keep Vite's default).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) } },
});
