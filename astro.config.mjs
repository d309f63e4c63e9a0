// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { remarkCheckComponents } from "./src/content/check-components.ts";
import { siteData } from "./src/data/index.ts";
import { siteStats } from "./src/analysis/stats.ts";

/** Where the site is published; canonical URLs and the sitemap use it. Set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? "http://localhost:4321";

const rules = () => ({ statNames: new Set(siteStats(siteData()).keys()) });

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [mdx({ remarkPlugins: [remarkCheckComponents(rules)] }), sitemap()],
  devToolbar: { enabled: false },
});
