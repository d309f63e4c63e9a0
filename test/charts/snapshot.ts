import { DOMParser } from "linkedom";
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
  // One image, or a graphics document whose points are named images and whose other marks are hidden.
  expect(svg).toMatch(/^<svg[^>]* role="(img|graphics-document)"/);
  if (/^<svg[^>]* role="graphics-document"/.test(svg)) {
    const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
    const points = [...root.querySelectorAll("[data-index]")];
    expect(points.length).toBeGreaterThan(0);
    points.forEach((point, i) => {
      expect(point.getAttribute("role")).toBe("img");
      expect(point.getAttribute("aria-label")).toContain(`(${i + 1} of ${points.length}). `);
    });
    const shown = [...root.children].filter(
      (c) => !["title", "desc", "style"].includes(c.tagName) && c.getAttribute("aria-hidden") !== "true",
    );
    expect(shown.map((c) => c.getAttribute("aria-label"))).toEqual([points[0]!.parentElement!.getAttribute("aria-label")]);
  }
  expect(svg).toMatch(/^<svg[^>]* aria-labelledby="[^"]+-title"/);
  expect(svg).toMatch(/<title id="[^"]+">[^<]{10,125}<\/title>/);
  expect(svg).toMatch(/<desc id="[^"]+">[^<]{40,}<\/desc>/);
  expect(svg).not.toMatch(/<g(?![^>]*role="group")[^>]*aria-label=/);
  // Valid in HTML as well as in an SVG file (the Nu checker rejects font-variant on <g>).
  expect(svg).not.toMatch(/ font-variant=/);
}
