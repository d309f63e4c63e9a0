import { getResource, siteData, type ServiceUseFigureRow } from "../../data/index.ts";
import type { Source } from "../../data/index.ts";

/** One figure of the box, with the source it was read in. */
export interface ServiceUseFigure extends ServiceUseFigureRow {
  source: Source;
}

/**
 * The box's one read of data/ (kept in one place so the composition root in src/site/ can take it
 * over): data/service-use-figures.csv in design order, each row with its source.
 */
export function serviceUseFigures(): ServiceUseFigure[] {
  const { rows, resource } = getResource(siteData(), "service-use-figures");
  return [...rows]
    .sort((a, b) => a.order - b.order)
    .map((row) => {
      const source = resource.sources.find((s) => s.id === row.source_id);
      if (!source) throw new Error(`data/service-use-figures.csv: row "${row.id}" names source "${row.source_id}", which the resource does not list`);
      return { ...row, source };
    });
}
