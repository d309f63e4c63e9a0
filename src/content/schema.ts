import { z } from "astro/zod";
import { REFERENCE_IDS } from "../lib/references.ts";

/** Who an article is written for; sets `data-audience` on its <article> and where it is listed. */
export const AUDIENCES = ["patients", "clinicians", "press"] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Longest title a patient article may have: its <h1> and <title> stay short topic titles
 * ("Social prescribing: what it is and how to get it") that fit a phone and search results; the
 * message goes in the summary (issue 11).
 */
export const PATIENT_TITLE_MAX = 60;

/** A calendar date written as YAML `2026-11-25`; YAML gives a Date, which we keep. */
const day = z.coerce.date();

/**
 * Frontmatter of content/articles/*.mdx. Strict: a misspelt or unknown field stops the build
 * instead of being silently ignored.
 */
export const articleSchema = z
  .strictObject({
    /** The message title: what to take away. Shown as the page's <h1>. */
    title: z.string().min(10).max(120),
    /** Meta description for search engines and link previews, at most 160 characters. */
    description: z.string().min(50).max(160),
    /** Who the article is written for. */
    audience: z.enum(AUDIENCES),
    /** A one- or two-sentence standfirst shown under the title. */
    summary: z.string().min(20).max(400),
    /** When the article was first published. */
    published: day,
    /** When the article was last checked against the sources. */
    lastReviewed: day,
    /** When the article must next be checked. */
    nextReview: day,
    /** Position in lists of articles for the same audience (lower first). */
    order: z.number().int().min(0).default(100),
    /**
     * The works this article draws on, listed under "Sources" at its end; ids from
     * src/lib/references.ts. Defaults to the paper the site explains.
     */
    sources: z.array(z.enum(REFERENCE_IDS)).min(1).default(["wakefield-2022"]),
  })
  .refine((a) => a.audience !== "patients" || a.title.length <= PATIENT_TITLE_MAX, {
    message: `patient articles need a short topic title of at most ${PATIENT_TITLE_MAX} characters (put the message in summary)`,
    path: ["title"],
  })
  .refine((a) => a.lastReviewed >= a.published, { message: "lastReviewed must not be before published", path: ["lastReviewed"] })
  .refine((a) => a.nextReview > a.lastReviewed, { message: "nextReview must be after lastReviewed", path: ["nextReview"] });

/** Frontmatter of content/pages/*.mdx. */
export const pageSchema = z.strictObject({
  /** Page title, shown as the <h1>. */
  title: z.string().min(5).max(120),
  /** Meta description, at most 160 characters. */
  description: z.string().min(50).max(160),
  /** When the page was last checked. */
  lastReviewed: day,
});
