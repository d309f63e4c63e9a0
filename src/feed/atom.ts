import { Feed } from "feed";
import { SITE } from "../lib/site.ts";

/** An article as the feed lists it. */
export interface FeedArticle {
  title: string;
  summary: string;
  /** Absolute URL of the article. */
  url: string;
  published: Date;
  /** The day it was last reviewed: a reader subscribed wants to know when a page changed. */
  updated: Date;
}

/** A correction as the feed lists it. */
export interface FeedCorrection {
  /** YYYY-MM-DD, the day the corrected page went live. */
  date: string;
  /** Title of the corrected page. */
  pageTitle: string;
  /** Absolute URL of the corrected page. */
  pageUrl: string;
  wrong: string;
  changed: string;
}

/** What the feed needs to know about the site. */
export interface FeedSite {
  /** Absolute URL of the home page. */
  homeUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of /corrections/. */
  correctionsUrl: string;
}

/**
 * The site's Atom feed: every article and every correction, newest first. Written with the
 * `feed` package (a well-kept generator) rather than by hand, so escaping and the Atom structure
 * are someone else's tested code. The feed's `updated` is its newest entry's date, never the
 * build time, so rebuilding an unchanged site writes the same file.
 */
export function atomFeed(articles: FeedArticle[], corrections: FeedCorrection[], site: FeedSite): string {
  const entries = [
    ...articles.map((a) => ({
      title: a.title,
      id: a.url,
      link: a.url,
      date: a.updated,
      published: a.published,
      description: a.summary,
    })),
    ...corrections.map((c) => ({
      title: `Correction: ${c.pageTitle}`,
      id: `${site.correctionsUrl}#${c.date}-${c.pageUrl}`,
      link: site.correctionsUrl,
      date: new Date(`${c.date}T00:00:00Z`),
      published: new Date(`${c.date}T00:00:00Z`),
      description: `What was wrong: ${c.wrong} What we changed: ${c.changed}`,
    })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
  const newest = entries[0]?.date;
  if (!newest) throw new Error("atom feed: no articles or corrections to list");
  const author = { name: SITE.name, link: site.homeUrl };
  const feed = new Feed({
    id: site.homeUrl,
    title: SITE.name,
    description: `${SITE.tagline}. New and updated articles, and corrections.`,
    link: site.homeUrl,
    language: "en-GB",
    updated: newest,
    generator: SITE.name,
    feedLinks: { atom: site.feedUrl },
    author,
    copyright: `Text and charts: ${SITE.licence.text.name} (${SITE.licence.text.url})`,
  });
  for (const entry of entries) feed.addItem({ ...entry, author: [author] });
  return feed.atom1();
}
