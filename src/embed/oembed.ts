import { escapeXml } from "../lib/xml.ts";

/** What a chart's oEmbed response needs. */
export interface OEmbedInput {
  title: string;
  /** Absolute URL of /embed/<id>/. */
  embedUrl: string;
  /** The width a CMS should reserve (the embed fills its column; this is the wide drawing's). */
  width: number;
  /** Height of the iframe without the loader script (fixedEmbedHeight). */
  height: number;
  providerName: string;
  providerUrl: string;
  /** The chart's link-preview card. */
  thumbnail: { url: string; width: number; height: number };
}

/**
 * A chart's oEmbed 1.0 response (https://oembed.com/, section 2.3.4): type "rich", with the
 * iframe alone as html, because a CMS that embeds from a URL usually strips scripts. The frame
 * keeps the fixed height then, which fits the compact embed at desktop widths.
 */
export function oembedResponse(input: OEmbedInput): Record<string, string | number> {
  const iframe = `<iframe src="${escapeXml(input.embedUrl)}" title="${escapeXml(`Chart: ${input.title}`)}" width="${input.width}" height="${input.height}" style="width:100%;max-width:100%;border:0" loading="lazy"></iframe>`;
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: iframe,
    width: input.width,
    height: input.height,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}

/** Site path of a chart's static oEmbed JSON. */
export const oembedPath = (id: string): string => `/charts/${id}/oembed.json`;
