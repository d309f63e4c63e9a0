import type { ServiceUseFigureRow, Source } from "../data/index.ts";
import { siteResource } from "./data.ts";

/** One figure of the box, with the source it was read in. */
export interface ServiceUseFigure extends ServiceUseFigureRow {
  source: Source;
}

/** The figures of the "Does social prescribing cut GP visits?" box: data/service-use-figures.csv in design order, each row with its source. */
export function serviceUseFigures(): ServiceUseFigure[] {
  const { rows, resource } = siteResource("service-use-figures");
  return [...rows]
    .sort((a, b) => a.order - b.order)
    .map((row) => {
      const source = resource.sources.find((s) => s.id === row.source_id);
      if (!source)
        throw new Error(`data/service-use-figures.csv: row "${row.id}" names source "${row.source_id}", which the resource does not list`);
      return { ...row, source };
    });
}
