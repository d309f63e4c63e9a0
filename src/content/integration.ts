import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { AstroIntegration } from "astro";
import { checkMdxSource, type ComponentRules } from "./check-components.ts";

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Checks every MDX file in content/ before Astro renders a page, so an author mistake stops the
 * build (and the dev server) with one message and no half-built dist/.
 */
export function checkContent(options: { contentDir: string; rules: () => ComponentRules }): AstroIntegration {
  const run = () => {
    const rules = options.rules();
    for (const path of mdxFiles(options.contentDir)) {
      const problem = checkMdxSource(readFileSync(path, "utf8"), relative(process.cwd(), path), rules);
      if (problem) throw new Error(problem);
    }
  };
  return { name: "check-content", hooks: { "astro:config:done": run, "astro:server:start": run } };
}
