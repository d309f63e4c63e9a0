import { expect } from "vitest";

/**
 * Normalises SVG markup the way Plot's own tests do (test/plot-snapshot.js): numbers rounded to 3
 * decimals, generated class names re-indexed, one element per line. A snapshot diff then means the
 * picture changed, not the build.
 */
export function normaliseSvg(svg: string): string {
  const classes = new Map<string, string>();
  return svg
    .replace(/plot-[0-9a-f]{6}/g, (name) => {
      if (!classes.has(name)) classes.set(name, `plot-${classes.size}`);
      return classes.get(name)!;
    })
    .replace(/\d+\.\d{4,}/g, (n) => String(Number(Number(n).toFixed(3))))
    .replace(/></g, ">\n<");
}

/** Compares with the committed golden file test/charts/output/<name>.svg (written on first run). */
export async function expectSvgSnapshot(svg: string, name: string): Promise<void> {
  await expect(normaliseSvg(svg)).toMatchFileSnapshot(`./output/${name}.svg`);
}

/** The checks every rendered chart must pass, whatever it draws. */
export function expectAccessibleSvg(svg: string): void {
  expect(svg).toMatch(/^<svg[^>]* role="img"/);
  expect(svg).toMatch(/^<svg[^>]* aria-labelledby="[^"]+-title"/);
  expect(svg).toMatch(/<title id="[^"]+">[^<]{10,125}<\/title>/);
  expect(svg).toMatch(/<desc id="[^"]+">[^<]{40,}<\/desc>/);
  expect(svg).not.toMatch(/<g(?![^>]*role="group")[^>]*aria-label=/);
}
