import { describe, expect, it } from "vitest";
import { embedCode, fixedEmbedHeight } from "../../src/embed/embed-code.ts";

const input = { embedUrl: "https://example.org/embed/a/", loaderUrl: "https://example.org/embed.js", title: "A chart", height: 612.4 };

describe("embedCode", () => {
  it("is an iframe with a fixed height, then the async loader script", () => {
    expect(embedCode(input)).toBe(
      '<iframe src="https://example.org/embed/a/" title="Chart: A chart" width="100%" height="612" style="width:100%;max-width:100%;border:0" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/embed.js" async></script>',
    );
  });

  it("escapes a title that would otherwise close its attribute", () => {
    const code = embedCode({ ...input, title: 'Say "hi" <script>alert(1)</script> & go' });
    expect(code).toContain('title="Chart: Say &quot;hi&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; go"');
    expect(code.match(/<script/g)).toHaveLength(1);
  });
});

describe("embedCode themes", () => {
  it("is light by default with no parameter, and asks for dark or auto by ?theme", () => {
    expect(embedCode({ ...input, theme: "light" })).toBe(embedCode(input));
    expect(embedCode({ ...input, theme: "dark" })).toContain('src="https://example.org/embed/a/?theme=dark"');
    expect(embedCode({ ...input, theme: "auto" })).toContain('src="https://example.org/embed/a/?theme=auto"');
  });
});

describe("fixedEmbedHeight", () => {
  it("leaves room for the text around the drawing, in whole tens of pixels", () => {
    expect(fixedEmbedHeight(180)).toBe(380);
    expect(fixedEmbedHeight(401)).toBe(610);
  });
});
