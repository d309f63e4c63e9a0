// A mistake in data/ or content/ stops the real build with one message naming the file, line and
// what was expected, and leaves no half-built site behind. Each case breaks a copy of the project.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./browser.ts";

const copies: string[] = [];

/** A copy of the project (sharing node_modules) with one file edited. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "broken-"));
  copies.push(dir);
  for (const entry of readdirSync(REPO_ROOT)) {
    if (["node_modules", "dist", "dist.partial", ".astro", ".git", "test-results", "bench"].includes(entry)) continue;
    cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(k)));
  const run = spawnSync("node", ["scripts/build.mjs"], { cwd: dir, env: { ...env, NO_COLOR: "1" }, encoding: "utf8" });
  // Colour codes can still slip through (CI sets FORCE_COLOR on some machines): compare plain text.
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("a broken input stops the build", () => {
  it("names the CSV cell for bad data", () => {
    const dir = brokenCopy("data/participant-flow.csv", (t) => t.replace(",178", ",17O"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('data/participant-flow.csv:3:40: column "n" expected a whole number ≥ 0, found "17O"');
    expect(existsSync(join(dir, "dist"))).toBe(false);
    expect(existsSync(join(dir, "dist.partial"))).toBe(false);
  });

  it('names the line and column of text after a closing quote, which once loaded "6"3 as 63', () => {
    const dir = brokenCopy("data/participant-flow.csv", (t) => t.replace(/,63$/m, ',"6"3'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'data/participant-flow.csv:4:38: is not valid CSV: expected a comma or the end of the line after the closing quote, found "3" (write the whole cell inside the quotes)',
    );
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });

  it("names the cell of a foreign key that points at nothing", () => {
    const dir = brokenCopy("data/pathway-links.csv", (t) => t.replace("\ngroup_memberships,", "\ngroup_membership,"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /data\/pathway-links\.csv:2:1: column "from" expected one of pathway-measures\.id \([^)]*\), found "group_membership"/,
    );
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });

  it("names the MDX line for an unknown chart id", () => {
    const dir = brokenCopy("content/articles/what-the-study-found.mdx", (t) =>
      t.replace('<Figure id="participant-flow" />', '<Figure id="participant-flw" />'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/what-the-study-found\.mdx:\d+:\d+: unknown chart id "participant-flw"/);
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });

  it("names the frontmatter field that is wrong", () => {
    const dir = brokenCopy("content/articles/what-the-study-found.mdx", (t) => t.replace("audience: clinicians", "audience: doctors"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain("what-the-study-found");
    expect(output).toMatch(/audience: Invalid option: expected one of "patients"\|"clinicians"\|"press"/);
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});
