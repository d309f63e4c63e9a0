import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RASTER_FONT, RASTER_FONT_FILES, svgToPng } from "../../src/lib/raster.ts";
import { pngSize } from "../fixtures/png-size.ts";

describe("svgToPng", () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-family="system-ui, sans-serif">Label</text></svg>';

  it("writes a PNG at the zoom asked for", () => {
    const { png, width, height } = svgToPng(svg, 2);
    expect([width, height]).toEqual([240, 80]);
    expect(pngSize(png)).toEqual({ width: 240, height: 80 });
  });

  it("draws text with DejaVu Sans from the npm package, never a system font", () => {
    expect(RASTER_FONT).toBe("DejaVu Sans");
    for (const file of RASTER_FONT_FILES) {
      expect(file).toMatch(/node_modules\/dejavu-fonts-ttf\/ttf\/DejaVuSans[-\w]*\.ttf$/);
      expect(existsSync(file), file).toBe(true);
    }
    const withText = svgToPng(svg).png;
    const blank = svgToPng(svg.replace("Label", "")).png;
    expect(withText.byteLength).toBeGreaterThan(blank.byteLength);
  });

  it("makes the same PNG on every machine: pinned bytes for regular and bold text", () => {
    // With system fonts loaded, these would change with whatever fonts a machine has. They change
    // only when resvg or the font package is upgraded: check the new PNGs by eye, then update.
    const sha = (png: Uint8Array) => createHash("sha256").update(png).digest("hex").slice(0, 16);
    const bold = svg.replace("<text", '<text font-weight="bold"');
    expect([sha(svgToPng(svg).png), sha(svgToPng(bold).png)]).toEqual(["1d1c5d3b1a74aeb0", "25c16b067f422463"]);
  });
});
