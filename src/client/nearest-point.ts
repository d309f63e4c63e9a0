/** A rectangle in pixels, relative to the chart it sits in. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Distance from (x, y) to the nearest edge of `box`; 0 inside it. */
export function distanceToBox(box: Box, x: number, y: number): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

/**
 * The point nearest to where the reader pointed or tapped, or null if none is within `reach`
 * pixels. A finger is wider than a thin arrow or a small dot, so a tap near a point counts as a
 * tap on it; a tap on empty space far from every point closes the tooltip.
 */
export function nearestBox(boxes: readonly Box[], x: number, y: number, reach: number): number | null {
  let best: number | null = null;
  let bestDistance = reach;
  boxes.forEach((box, index) => {
    const distance = distanceToBox(box, x, y);
    if (distance <= bestDistance && (best === null || distance < bestDistance)) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
