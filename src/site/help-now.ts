import type { HelpNowRow, Source } from "../data/index.ts";
import { DataError } from "../data/errors.ts";
import { siteResource } from "./data.ts";

/** One service of "If you need help now", with the page its number was read on. */
export interface HelpNowService extends HelpNowRow {
  source: Source;
}

/** The services of data/help-now.csv, in file order, each with its source; a source id the resource lacks stops the build. */
export function helpNowServices(): HelpNowService[] {
  const { rows, resource, file } = siteResource("help-now");
  return rows.map((row, i) => {
    const source = resource.sources.find((s) => s.id === row.source_id);
    if (!source) throw new DataError(file, `expected a source "${row.source_id}" in the help-now resource of data/datapackage.json`, i + 2);
    return { ...row, source };
  });
}
