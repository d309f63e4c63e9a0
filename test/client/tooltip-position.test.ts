import { describe, expect, it } from "vitest";
import { placeTooltip } from "../../src/client/tooltip-position.ts";

const tip = { width: 100, height: 40 };

describe("placeTooltip", () => {
  it("centres the tooltip above its point when there is room", () => {
    expect(placeTooltip({ left: 140, top: 100, right: 160, bottom: 120 }, tip, 340)).toEqual({ left: 100, top: 52 });
  });

  it("puts it below the point when there is no room above", () => {
    expect(placeTooltip({ left: 140, top: 20, right: 160, bottom: 40 }, tip, 340)).toEqual({ left: 100, top: 48 });
  });

  it("may reach above the chart, but not above the window", () => {
    const near = { left: 140, top: 20, right: 160, bottom: 40 };
    expect(placeTooltip(near, tip, 340, -100).top).toBe(-28);
    expect(placeTooltip(near, tip, 340, -10).top).toBe(48);
  });

  it("keeps it inside the chart's width at both edges", () => {
    expect(placeTooltip({ left: 0, top: 100, right: 10, bottom: 110 }, tip, 340).left).toBe(0);
    expect(placeTooltip({ left: 330, top: 100, right: 340, bottom: 110 }, tip, 340).left).toBe(240);
  });

  it("starts at the left edge when the tooltip is wider than the chart", () => {
    expect(placeTooltip({ left: 100, top: 100, right: 120, bottom: 110 }, { width: 400, height: 40 }, 340).left).toBe(0);
  });
});
