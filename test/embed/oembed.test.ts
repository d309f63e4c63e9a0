import { describe, expect, it } from "vitest";
import { oembedResponse } from "../../src/embed/oembed.ts";

describe("oembedResponse", () => {
  const body = oembedResponse({
    title: 'A "chart"',
    embedUrl: "https://example.org/embed/a/",
    width: 640,
    height: 520,
    providerName: "Social Cure Explained",
    providerUrl: "https://example.org/",
    thumbnail: { url: "https://example.org/social/chart-a.png", width: 1200, height: 630 },
  });

  it("follows oEmbed 1.0 for a rich type: version, html, width and height are required", () => {
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 640,
      height: 520,
      provider_name: "Social Cure Explained",
      provider_url: "https://example.org/",
    });
    expect(body["title"]).toBe('A "chart"');
  });

  it("gives an iframe alone as html, escaped, with no script", () => {
    expect(body["html"]).toBe(
      '<iframe src="https://example.org/embed/a/" title="Chart: A &quot;chart&quot;" width="640" height="520" style="width:100%;max-width:100%;border:0" loading="lazy"></iframe>',
    );
  });

  it("names a thumbnail with both of its sizes, as the spec asks", () => {
    expect([body["thumbnail_url"], body["thumbnail_width"], body["thumbnail_height"]]).toEqual([
      "https://example.org/social/chart-a.png",
      1200,
      630,
    ]);
  });
});
