import type { ChartModel } from "../charts/types.ts";
import { SITE } from "../lib/site.ts";
import type { WebReference } from "./reference.ts";

/**
 * A chart page as a citable work: published by this site, dated by the day its sources were last
 * checked (the newest `accessed` date), with the sources named in the note. No build date is used,
 * so the citation does not change from one build to the next.
 *
 * @param url the chart's permalink, absolute
 */
export function chartReference(model: ChartModel, url: string): WebReference {
  const checked = model.sources.map((s) => s.accessed).sort();
  const date = checked[checked.length - 1];
  if (date === undefined) throw new Error(`Chart "${model.id}" has no sources, so it cannot be cited`);
  return {
    kind: "web",
    key: `socialcure-${model.id}`,
    author: SITE.name,
    date,
    title: model.title,
    medium: "Chart",
    url,
    note: `Data: ${model.sources.map((s) => s.title).join("; ")}. Licence: ${SITE.licence.text.name}.`,
  };
}
