import type { ColumnTable } from "arquero";

/**
 * Joins the links of the published chain to the names of the measures at each end, in chain order.
 * The output has one row per link: step, from, to, from_label, to_label, from_plain, to_plain,
 * direction, described_as. Nothing is calculated: only directions are published.
 *
 * @param measures rows of data/pathway-measures.csv
 * @param links rows of data/pathway-links.csv
 */
export function pathwaySteps(measures: ColumnTable, links: ColumnTable): ColumnTable {
  const names = measures.select({ id: "id", step: "step", label: "label", plain_label: "plain" });
  return links
    .join(names.rename({ id: "from", step: "step", label: "from_label", plain: "from_plain" }), "from")
    .join(names.rename({ id: "to", step: "to_step", label: "to_label", plain: "to_plain" }), "to")
    .select("step", "from", "to", "from_label", "to_label", "from_plain", "to_plain", "direction", "described_as")
    .orderby("step");
}
