// The patient articles in content/articles/ (frontmatter `audience: patients`), read as source,
// for the content tests; and the part of an article inside its "How sure are we?" box.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface PatientArticle {
  file: string;
  slug: string;
  source: string;
  frontmatter: Record<string, unknown>;
}

const dir = join(process.cwd(), "content", "articles");

export const patientArticles: PatientArticle[] = readdirSync(dir)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => {
    const source = readFileSync(join(dir, f), "utf8");
    const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? "") as Record<string, unknown>;
    return { file: `content/articles/${f}`, slug: f.replace(/\.mdx$/, ""), source, frontmatter };
  })
  .filter((a) => a.frontmatter["audience"] === "patients");

/** The MDX between <HowSure …> and </HowSure>, one string per box on the page. */
export function evidenceBoxes(source: string): string[] {
  return [...source.matchAll(/<HowSure\b[^>]*>([\s\S]*?)<\/HowSure>/g)].map((m) => m[1] ?? "");
}
