import { join } from "node:path";
import { z } from "astro/zod";
import { loadYamlList } from "./yaml-list.ts";

/** One entry of content/corrections.yaml: a correction of fact, as readers see it on /corrections/. */
export const correctionSchema = z.strictObject({
  /** The day the corrected page went live, written YYYY-MM-DD. */
  date: z.iso.date("expected a date written YYYY-MM-DD"),
  /** The page corrected, as a site path: "/what-the-study-found/". */
  page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'expected a site path such as "/what-the-study-found/"'),
  /** What was wrong, in the words a reader needs: "We said … The source says …". */
  wrong: z.string().min(20),
  /** What we changed, and where the right figure or wording comes from. */
  changed: z.string().min(20),
});

/** A correction as the page uses it. */
export type Correction = z.infer<typeof correctionSchema>;

/** Loads and checks a corrections log; newest first, as /corrections/ lists them. */
export function loadCorrections(path: string): Correction[] {
  return loadYamlList(path, correctionSchema, "correction")
    .map((item) => item.value)
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The site's corrections log, content/corrections.yaml. */
export function siteCorrections(): Correction[] {
  return loadCorrections(join(process.cwd(), "content", "corrections.yaml"));
}
