import { describe, expect, it } from "vitest";
import { headersFile, headersFor, pageHeaders, parseHeadersFile } from "../../src/build/security-headers.ts";

describe("security headers", () => {
  it("lets embed pages be framed by anyone and no other page", () => {
    expect(pageHeaders("/embed/participant-flow/")["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(pageHeaders("/embed/participant-flow/")["X-Frame-Options"]).toBeUndefined();
    expect(pageHeaders("/about/")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(pageHeaders("/about/")["X-Frame-Options"]).toBe("DENY");
  });

  it("knows the embed folder under a sub-path", () => {
    expect(pageHeaders("/social-cure/embed/x/", "/social-cure/")["Content-Security-Policy"]).toContain("frame-ancestors *");
  });

  it("writes a file a host reads back to the same headers", () => {
    const rules = parseHeadersFile(headersFile(["/", "/embed/a/"]));
    expect(headersFor(rules, "/")).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
    expect(headersFor(rules, "/embed/a/")["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(headersFor(rules, "/embed/a/")["X-Frame-Options"]).toBeUndefined();
  });

  it("never allows inline or eval'd scripts", () => {
    const csp = pageHeaders("/")["Content-Security-Policy"] ?? "";
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });
});
