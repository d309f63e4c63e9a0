import { describe, expect, it } from "vitest";
import { RASTER_FONT, svgToPng } from "../../src/lib/raster.ts";
import { pngSize } from "../fixtures/png-size.ts";

describe("svgToPng", () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-family="system-ui, sans-serif">Label</text></svg>';

  it("writes a PNG at the zoom asked for", () => {
    const { png, width, height } = svgToPng(svg, 2);
    expect([width, height]).toEqual([240, 80]);
    expect(pngSize(png)).toEqual({ width: 240, height: 80 });
  });

  it("draws text with an installed font, so labels are never silently missing", () => {
    expect(RASTER_FONT).not.toBe("sans-serif");
    const withText = svgToPng(svg).png;
    const blank = svgToPng(svg.replace("Label", "")).png;
    expect(withText.byteLength).toBeGreaterThan(blank.byteLength);
  });
});
