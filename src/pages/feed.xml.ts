import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { siteCorrections } from "../content/corrections.ts";
import { atomFeed } from "../feed/atom.ts";
import { absoluteUrl } from "../lib/absolute-url.ts";

/** /feed.xml: the Atom feed of articles and corrections, linked from every page's <head>. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getCollection("articles");
  const title = (path: string) => articles.find((a) => `/${a.id}/` === path)?.data.title ?? path;
  const xml = atomFeed(
    articles.map((a) => ({
      title: a.data.title,
      summary: a.data.summary,
      url: absoluteUrl(`/${a.id}/`, site),
      published: a.data.published,
      updated: a.data.lastReviewed,
    })),
    siteCorrections().map((c) => ({ ...c, pageTitle: title(c.page), pageUrl: absoluteUrl(c.page, site) })),
    { homeUrl: absoluteUrl("/", site), feedUrl: absoluteUrl("/feed.xml", site), correctionsUrl: absoluteUrl("/corrections/", site) },
  );
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
