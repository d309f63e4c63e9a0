import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteResource } from "../../src/site/data.ts";

/** Every .mdx and .astro file under a folder, with its text. */
function sources(dir: string, ext: RegExp): { file: string; text: string }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => ext.test(f))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
}

describe("wave timings are stats, never typed into prose", () => {
  // The published phrases of the later waves, from data/participant-flow.csv: "about 4 months", "6–9 months", "6 to 9 months".
  const phrases = siteResource("participant-flow")
    .rows.filter((r) => r.wave !== "T0")
    .flatMap((r) => [r.label, r.timing.replace(/ later$/, "")])
    .map((p) => p.toLowerCase());

  it.each([...sources("content", /\.mdx$/), ...sources("src", /\.astro$/)].map((s) => [s.file, s.text] as const))("%s", (file, text) => {
    const typed = phrases.filter((p) => text.toLowerCase().includes(p));
    expect(typed, `${file} types a wave timing; use <Stat name="flow.t1.timing" /> (or t2, .label)`).toEqual([]);
  });
});
