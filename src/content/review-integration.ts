import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { AstroIntegration } from "astro";
import { parse } from "yaml";
import { buildToday, reviewWarning } from "./review-status.ts";

/** `nextReview` from an MDX file's frontmatter, or undefined (the content schema reports bad values). */
function nextReviewOf(source: string): Date | undefined {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
  if (frontmatter === undefined) return undefined;
  const value: unknown = (parse(frontmatter) as Record<string, unknown> | null)?.["nextReview"];
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/**
 * Warns in the build (and dev server) log about every article whose review date has arrived,
 * naming its file. The article page shows readers a matching notice (ReviewNotice.astro); see
 * review-status.ts for why this warns rather than failing the build.
 */
export function reviewDates(options: { articlesDir: string }): AstroIntegration {
  const run = ({ logger }: { logger: { warn: (message: string) => void } }) => {
    const today = buildToday();
    for (const entry of readdirSync(options.articlesDir, { withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".mdx")) continue;
      const path = join(options.articlesDir, entry.name);
      const nextReview = nextReviewOf(readFileSync(path, "utf8"));
      const warning = nextReview && reviewWarning(relative(process.cwd(), path), nextReview, today);
      if (warning) logger.warn(warning);
    }
  };
  return { name: "review-dates", hooks: { "astro:build:start": run, "astro:server:start": run } };
}
