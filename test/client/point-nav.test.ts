import { describe, expect, it } from "vitest";
import { nextPointIndex, POINT_KEYS } from "../../src/client/point-nav.ts";

describe("nextPointIndex", () => {
  it("starts at the first point with Right or Down, at the last with Left or Up", () => {
    expect(nextPointIndex(null, 3, "ArrowRight")).toBe(0);
    expect(nextPointIndex(null, 3, "ArrowDown")).toBe(0);
    expect(nextPointIndex(null, 3, "ArrowLeft")).toBe(2);
    expect(nextPointIndex(null, 3, "ArrowUp")).toBe(2);
  });

  it("moves one point at a time and stops at the ends", () => {
    expect(nextPointIndex(0, 3, "ArrowRight")).toBe(1);
    expect(nextPointIndex(2, 3, "ArrowRight")).toBe(2);
    expect(nextPointIndex(1, 3, "ArrowLeft")).toBe(0);
    expect(nextPointIndex(0, 3, "ArrowLeft")).toBe(0);
  });

  it("jumps to the first and last with Home and End", () => {
    expect(nextPointIndex(1, 4, "Home")).toBe(0);
    expect(nextPointIndex(1, 4, "End")).toBe(3);
  });

  it("leaves the points with Escape, and lets Escape through when on none", () => {
    expect(nextPointIndex(1, 3, "Escape")).toBeNull();
    expect(nextPointIndex(null, 3, "Escape")).toBeUndefined();
  });

  it("leaves other keys, and charts with no points, to the browser", () => {
    expect(nextPointIndex(0, 3, "Tab")).toBeUndefined();
    expect(nextPointIndex(0, 3, "Enter")).toBeUndefined();
    expect(nextPointIndex(null, 0, "ArrowRight")).toBeUndefined();
  });

  it("lists exactly the keys that move among points", () => {
    expect([...POINT_KEYS].sort()).toEqual(["ArrowDown", "ArrowLeft", "ArrowRight", "ArrowUp", "End", "Home"]);
  });
});
