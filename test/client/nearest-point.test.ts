import { describe, expect, it } from "vitest";
import { distanceToBox, nearestBox } from "../../src/client/nearest-point.ts";

const bar = { left: 10, top: 10, right: 110, bottom: 30 };
const dot = { left: 200, top: 100, right: 210, bottom: 110 };

describe("distanceToBox", () => {
  it("is 0 inside the box and the straight-line distance outside it", () => {
    expect(distanceToBox(bar, 50, 20)).toBe(0);
    expect(distanceToBox(bar, 50, 40)).toBe(10);
    expect(distanceToBox(bar, 113, 34)).toBe(5);
  });
});

describe("nearestBox", () => {
  it("picks the box under the pointer", () => {
    expect(nearestBox([bar, dot], 60, 15, 24)).toBe(0);
  });

  it("picks a box near a tap, within reach", () => {
    expect(nearestBox([bar, dot], 205, 120, 24)).toBe(1);
  });

  it("picks the nearer of two boxes in reach", () => {
    const below = { left: 10, top: 50, right: 110, bottom: 70 };
    expect(nearestBox([bar, below], 50, 36, 24)).toBe(0);
    expect(nearestBox([bar, below], 50, 45, 24)).toBe(1);
  });

  it("picks nothing when every box is out of reach", () => {
    expect(nearestBox([bar, dot], 400, 400, 24)).toBeNull();
    expect(nearestBox([], 0, 0, 24)).toBeNull();
  });
});
