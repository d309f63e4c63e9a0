import type { Box } from "./nearest-point.ts";

/** Where a tooltip goes, in pixels from the chart's top-left corner. */
export interface TooltipPlace {
  left: number;
  top: number;
}

/**
 * Places a tooltip centred above its point, or below it when there is no room above, and keeps it
 * inside the chart's width so it never widens the page (which would shift the layout on a phone).
 *
 * @param target the point's box, relative to the chart
 * @param tip the tooltip's rendered size
 * @param width the chart's width
 * @param gap space between the point and the tooltip
 */
export function placeTooltip(target: Box, tip: { width: number; height: number }, width: number, gap = 8): TooltipPlace {
  const centre = (target.left + target.right) / 2;
  const left = Math.max(0, Math.min(centre - tip.width / 2, width - tip.width));
  const above = target.top - gap - tip.height;
  return { left, top: above >= 0 ? above : target.bottom + gap };
}
