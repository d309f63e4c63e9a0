import type { Box } from "./nearest-point.ts";

/** Where a tooltip goes, in pixels from the chart's top-left corner. */
export interface TooltipPlace {
  left: number;
  top: number;
}

/**
 * Places a tooltip centred above its point, or below it when there is no room above, and keeps it
 * inside the chart's width so it never widens the page (which would shift the layout on a phone).
 * Above may reach over the chart's own header, as long as it stays on screen.
 *
 * @param target the point's box, relative to the chart
 * @param tip the tooltip's rendered size
 * @param width the chart's width
 * @param minTop the highest the tooltip may start, relative to the chart: 0 keeps it inside the
 *   chart; minus the chart's distance from the top of the window keeps it on screen
 * @param gap space between the point and the tooltip
 */
export function placeTooltip(target: Box, tip: { width: number; height: number }, width: number, minTop = 0, gap = 8): TooltipPlace {
  const centre = (target.left + target.right) / 2;
  const left = Math.max(0, Math.min(centre - tip.width / 2, width - tip.width));
  const above = target.top - gap - tip.height;
  return { left, top: above >= minTop ? above : target.bottom + gap };
}
