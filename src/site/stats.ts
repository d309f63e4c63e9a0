import { buildStats, type Stat } from "../analysis/stats.ts";
import { getResource, type LoadedPackage } from "../data/index.ts";
import { siteData } from "./data.ts";
import { evidenceStats } from "./evidence-stats.ts";

let cached: Map<string, Stat> | undefined;

/** The stats of a data package by name; the site's own (built once per build) unless a test passes a package. */
export function siteStats(pkg?: LoadedPackage): Map<string, Stat> {
  const build = (p: LoadedPackage) => {
    const stats = buildStats({
      flow: getResource(p, "participant-flow"),
      sample: getResource(p, "interview-sample"),
      context: getResource(p, "england-context"),
      abstract: getResource(p, "interview-abstract"),
    });
    // Figures of the other studies (SOURCES.md §10), each with its study's name and design.
    evidenceStats(p, stats);
    return stats;
  };
  if (pkg) return build(pkg);
  cached ??= build(siteData());
  return cached;
}

/** Every stat name `<Stat name="…" />` may use, for the MDX checks in astro.config.mjs. */
export function statNames(): Set<string> {
  return new Set(siteStats().keys());
}
