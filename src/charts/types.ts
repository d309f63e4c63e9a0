import type { Source } from "../data/index.ts";

import type { CellFormat } from "../lib/cell-format.ts";

export type { CellFormat } from "../lib/cell-format.ts";

/** One column of a chart's table alternative. */
export interface TableColumn {
  /** Key in each row. */
  key: string;
  /** Column heading shown to readers and used as the CSV header. */
  label: string;
  format: CellFormat;
  /** True when the column holds values calculated from published figures, not copied from them. */
  calculated?: boolean;
  /** Decimals a "decimal" column is written with: as many as its source prints (0.30, not 0.3). */
  decimals?: number;
  /** How a calculated column is worked out from published figures, in words; shown on the chart page. */
  method?: string;
}

/** The plotted numbers, as a table: the same rows feed the HTML table and the CSV download. */
export interface ChartTable {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, string | number | null>[];
}

/** Layout the spec is drawn for; a figure carries both, and CSS shows the one that fits. */
export interface ChartLayout {
  /** Width in CSS pixels the chart is drawn at. */
  width: number;
  /** True for the small-screen drawing (about 320–480 px). */
  narrow: boolean;
  /** Document to build the SVG in: linkedom's at build time, the page's in the browser. */
  document: Document;
}

/**
 * Everything a figure shows about one chart. Built from data at build time by the chart's module
 * (one per file in src/charts/), rendered by render.ts and displayed by components/Figure.astro.
 */
export interface ChartModel {
  /** Stable slug; used in URLs and MDX (`<Figure id="…" />`). */
  id: string;
  /** The message: what to take away, not "Figure 1". */
  title: string;
  /** What is plotted, and for whom. */
  subtitle: string;
  /** Short text alternative (≤ 125 characters), the message in words. */
  alt: string;
  /** Longer description of what the chart shows, for screen-reader users and the page. */
  description: string;
  /** Caveats shown under the chart, e.g. which values are calculated. */
  notes: string[];
  /** Names of the data/ resources the chart is drawn from. */
  datasets: string[];
  /** Where the numbers come from. */
  sources: Source[];
  table: ChartTable;
  /**
   * Class name (Plot's `className`) of the mark that draws one element per table row, in row order.
   * render.ts numbers those elements (data-index) so the browser can point at the row a reader is
   * on; leave it out when the rows are not drawn one by one.
   */
  pointMark?: string;
  /** Draws the chart as a Plot element for the given layout. */
  plot: (layout: ChartLayout) => SVGSVGElement | HTMLElement;
}
