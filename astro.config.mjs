// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { checkContent } from "./src/content/integration.ts";
import { siteData } from "./src/data/index.ts";
import { siteStats } from "./src/analysis/stats.ts";

/** Where the site is published; canonical URLs and the sitemap use it. Set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? "http://localhost:4321";

/** Sub-path the site is served under, e.g. "/social-cure/"; "/" by default. */
const base = process.env.SITE_BASE ?? "/";

const rules = () => ({ statNames: new Set(siteStats(siteData()).keys()) });

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [checkContent({ contentDir: "content", rules }), mdx(), sitemap()],
  devToolbar: { enabled: false },
  // Every script ships as its own file, never inlined into the page, so the site can run under a
  // Content-Security-Policy without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
