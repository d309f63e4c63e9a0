import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { atomFeed } from "../../src/feed/atom.ts";

const site = {
  homeUrl: "https://example.org/",
  feedUrl: "https://example.org/feed.xml",
  correctionsUrl: "https://example.org/corrections/",
};
const article = (title: string, day: string) => ({
  title,
  summary: `About ${title} & more <b>`,
  url: `https://example.org/${title.toLowerCase().replace(/\W+/g, "-")}/`,
  published: new Date(`${day}T00:00:00Z`),
  updated: new Date(`${day}T00:00:00Z`),
});

describe("atomFeed", () => {
  const xml = atomFeed(
    [article("Older one", "2026-11-01"), article("Newer one", "2026-11-25")],
    [
      {
        date: "2026-11-30",
        pageTitle: "Newer one",
        pageUrl: "https://example.org/newer-one/",
        wrong: "We said 1,000 link workers in total.",
        changed: "We now say 1,000 additional link workers.",
      },
    ],
    site,
  );
  const feed = parseFeed(xml);

  it("is an Atom feed a real feed parser reads, with the site's title and links", () => {
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Social Cure Explained");
    expect(feed.url).toBe("https://example.org/");
    expect(feed.self).toBe("https://example.org/feed.xml");
  });

  it("lists articles and corrections newest first, each with its own address", () => {
    expect(feed.items.map((i) => i.title)).toEqual(["Correction: Newer one", "Newer one", "Older one"]);
    expect(feed.items[1]?.url).toBe("https://example.org/newer-one/");
    expect(feed.items[0]?.url).toBe("https://example.org/corrections/");
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(3);
  });

  it("is dated by its newest entry, not by the build, and escapes text", () => {
    expect(feed.updated?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(feed.items[1]?.description).toBe("About Newer one & more <b>");
  });
});
