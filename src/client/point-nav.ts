/**
 * Where the arrow keys take focus among a chart's points (a roving tabindex, as in the WAI-ARIA
 * APG's composite widgets). Right and Down go to the next point, Left and Up to the previous one,
 * stopping at the ends; Home and End go to the first and last. A key this does not handle gives
 * undefined, so the browser keeps its usual behaviour (Tab moves on: no keyboard trap; Escape is
 * left to the tooltip).
 */
export function nextPointIndex(current: number, count: number, key: string): number | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return Math.min(current + 1, last);
    case "ArrowLeft":
    case "ArrowUp":
      return Math.max(current - 1, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return undefined;
  }
}

/** Keys that move among points, so the first one pressed can be kept from scrolling the page. */
export const POINT_KEYS: ReadonlySet<string> = new Set(["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End"]);
