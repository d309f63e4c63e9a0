import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string) => readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), "utf8");

/** The custom properties declared in the first block that follows `opening`. */
function tokens(css: string, opening: string): Record<string, string> {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`no block starting ${opening}`);
  const body = css.slice(css.indexOf("{", start + opening.length - 1) + 1, css.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

describe("embed-theme.css", () => {
  const site = read("tokens.css");
  const embed = read("embed-theme.css");
  const siteLight = tokens(site, ":root {");
  const siteDark = tokens(site.slice(site.indexOf("@media (prefers-color-scheme: dark)")), ":root {");

  it("forces the dark scheme with exactly the site's dark tokens", () => {
    expect(tokens(embed, ':root[data-theme="dark"] {')).toEqual(siteDark);
  });

  it("forces the light scheme by restoring every token the dark scheme changes", () => {
    const light = tokens(embed, ':root[data-theme="light"] {');
    expect(Object.keys(light)).toEqual(Object.keys(siteDark));
    for (const [name, value] of Object.entries(light)) expect(value, name).toBe(siteLight[name]);
  });
});
