/**
 * Where the arrow keys take a reader among a chart's points. Right and Down go to the next point,
 * Left and Up to the previous one, Home and End to the first and last; from no point, Right starts
 * at the first and Left at the last. Escape leaves the points (null). A key this does not handle
 * gives undefined, so the browser keeps its usual behaviour (Tab moves on: no keyboard trap).
 */
export function nextPointIndex(current: number | null, count: number, key: string): number | null | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return current === null ? 0 : Math.min(current + 1, last);
    case "ArrowLeft":
    case "ArrowUp":
      return current === null ? last : Math.max(current - 1, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    case "Escape":
      return current === null ? undefined : null;
    default:
      return undefined;
  }
}

/** Keys that move among points, so the first one pressed can be kept from scrolling the page. */
export const POINT_KEYS: ReadonlySet<string> = new Set(["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End"]);
