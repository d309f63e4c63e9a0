import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/lib/xml.ts";

describe("escapeXml", () => {
  it("escapes markup characters and double quotes", () => {
    expect(escapeXml('<a href="x">&</a>')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  });
});
