import { describe, expect, it } from "vitest";
import { nextPointIndex, POINT_KEYS } from "../../src/client/point-nav.ts";

describe("nextPointIndex", () => {
  it("moves one point at a time with Right and Down, Left and Up, and stops at the ends", () => {
    expect(nextPointIndex(0, 3, "ArrowRight")).toBe(1);
    expect(nextPointIndex(1, 3, "ArrowDown")).toBe(2);
    expect(nextPointIndex(2, 3, "ArrowRight")).toBe(2);
    expect(nextPointIndex(2, 3, "ArrowLeft")).toBe(1);
    expect(nextPointIndex(1, 3, "ArrowUp")).toBe(0);
    expect(nextPointIndex(0, 3, "ArrowLeft")).toBe(0);
  });

  it("jumps to the first and last with Home and End", () => {
    expect(nextPointIndex(1, 4, "Home")).toBe(0);
    expect(nextPointIndex(1, 4, "End")).toBe(3);
  });

  it("leaves Tab, Escape and other keys, and charts with no points, to the browser", () => {
    expect(nextPointIndex(0, 3, "Tab")).toBeUndefined();
    expect(nextPointIndex(0, 3, "Escape")).toBeUndefined();
    expect(nextPointIndex(0, 3, "Enter")).toBeUndefined();
    expect(nextPointIndex(0, 0, "ArrowRight")).toBeUndefined();
  });

  it("lists exactly the keys that move among points", () => {
    expect([...POINT_KEYS].sort()).toEqual(["ArrowDown", "ArrowLeft", "ArrowRight", "ArrowUp", "End", "Home"]);
  });
});
