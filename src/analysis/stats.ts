import type { Source, TypedResource } from "../data/index.ts";
import { naturalFrequency } from "./natural-frequency.ts";
import { requireRow } from "./require-row.ts";
import { retentionByWave, type RetentionRow } from "./retention.ts";

/** One number (or a published phrase such as a wave's timing) an article may show, with what a reader needs to trust it. */
export type Stat = NumberStat | DecimalStat | TextStat;

interface StatBase {
  /** Calculated from published figures (true) or copied from a source (false). */
  calculated: boolean;
  /** Words the source puts before the number ("more than", "at least"). */
  qualifier?: string;
  /** Words after the number ("link workers", "million patients"). */
  unit?: string;
  /** What the number is, for the tooltip and the data page. */
  label: string;
  sources: Source[];
}

/** A count or a share, written by formatNumber or formatPercent. */
export interface NumberStat extends StatBase {
  value: number;
  /** How to write it: a count, or a share written as a percentage. */
  format: "number" | "percent";
}

/** A published estimate (an effect size, a CI limit), written with the decimals its source prints. */
export interface DecimalStat extends StatBase {
  value: number;
  format: "decimal";
  decimals: number;
}

/** Words copied verbatim from a data cell ("about 4 months later"), so timings are never typed into prose either. */
export interface TextStat extends StatBase {
  value: string;
  format: "text";
}

/** The tables the stats are read from, as src/site loads them. */
export interface StatTables {
  flow: TypedResource<"participant-flow">;
  sample: TypedResource<"interview-sample">;
  context: TypedResource<"england-context">;
  abstract: TypedResource<"interview-abstract">;
}

/**
 * Every number an article may show, by name (`<Stat name="flow.t1.share" />`). Published numbers
 * are copied from the tables given; calculated ones are computed here from them, never typed. A
 * row a stat needs that is missing stops the build (requireRow), never a default.
 */
export function buildStats({ flow, sample, context, abstract }: StatTables): Map<string, Stat> {
  const stats = new Map<string, Stat>();
  // Every share is of the people surveyed at entry: without that row no share can be worked out.
  requireRow(flow.rows, flow.file, "wave", "T0", "every flow.*.share stat");
  for (const row of retentionByWave(flow.table).objects() as RetentionRow[]) {
    const key = `flow.${row.wave.toLowerCase()}`;
    const sources = flow.resource.sources;
    stats.set(`${key}.n`, {
      value: row.n,
      format: "number",
      calculated: false,
      label: `People surveyed ${row.timing} (${row.wave})`,
      sources,
    });
    // The wave's timing and short label as published in data/participant-flow.csv ("about 4 months later", "6 to 9 months").
    stats.set(`${key}.timing`, {
      value: row.timing,
      format: "text",
      calculated: false,
      label: `When wave ${row.wave} was surveyed`,
      sources,
    });
    stats.set(`${key}.label`, { value: row.label, format: "text", calculated: false, label: `Name of wave ${row.wave}`, sources });
    if (row.wave === "T0") continue;
    stats.set(`${key}.share`, {
      value: row.share_of_entry,
      format: "percent",
      calculated: true,
      label: `Share of entrants surveyed ${row.timing} (${row.wave}), calculated from the published numbers`,
      sources,
    });
    stats.set(`${key}.notSurveyed`, {
      value: row.not_surveyed,
      format: "number",
      calculated: true,
      label: `Entrants not surveyed ${row.timing} (${row.wave}), calculated from the published numbers`,
      sources,
    });
    // Patient pages give the same shares as natural frequencies: "about 3 in 10" (STYLE §4).
    for (const [suffix, share, who] of [
      ["inTen", row.share_of_entry, "surveyed"],
      ["notSurveyedInTen", 1 - row.share_of_entry, "not surveyed"],
    ] as const) {
      const f = naturalFrequency(share);
      stats.set(`${key}.${suffix}`, {
        value: f.count,
        format: "number",
        calculated: true,
        ...(f.exact ? {} : { qualifier: "about" }),
        unit: `in ${f.denominator}`,
        label: `Entrants ${who} ${row.timing} (${row.wave}), out of every ${f.denominator}, calculated from the published numbers`,
        sources,
      });
    }
  }

  const count = (group: "health_coaches" | "link_workers") =>
    requireRow(sample.rows, sample.file, "group", group, `the "interviews.providers.n" stat`).n;
  const camel = (group: string) => group.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  for (const row of sample.rows) {
    stats.set(`interviews.${camel(row.group)}.n`, {
      value: row.n,
      format: "number",
      calculated: false,
      label: `${row.role} interviewed in Study 1 (BMJ Open 2019)`,
      sources: sample.resource.sources,
    });
  }
  // The abstract prints the providers' count (n=9); Table 1 splits it. Publish the printed number, and stop the build if the two disagree.
  const providers = requireRow(
    abstract.rows,
    abstract.file,
    "group",
    "healthcare_providers",
    `the "interviews.providers.n" stat (the abstract's n=9)`,
  );
  if (providers.n !== count("health_coaches") + count("link_workers")) {
    throw new Error(
      `${abstract.file}: the abstract's ${providers.n} healthcare providers disagree with Table 1's health coaches and link workers (${sample.file})`,
    );
  }
  stats.set("interviews.providers.n", {
    value: providers.n,
    format: "number",
    calculated: false,
    label: "Healthcare providers (health coaches and link workers) interviewed in Study 1, as printed in the abstract",
    sources: abstract.resource.sources,
  });
  stats.set("interviews.total", {
    value: sample.rows.reduce((sum, r) => sum + r.n, 0),
    format: "number",
    calculated: true,
    label: "Everyone interviewed in Study 1, added up",
    sources: sample.resource.sources,
  });

  for (const row of context.rows) {
    stats.set(`context.${row.id}`, {
      value: row.value,
      format: "number",
      calculated: false,
      ...(row.qualifier ? { qualifier: row.qualifier } : {}),
      unit: row.unit,
      label: `${row.measure}, ${row.period}`,
      sources: context.resource.sources.filter((s) => s.id === row.source_id),
    });
  }
  return stats;
}
