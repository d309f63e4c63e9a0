import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { palette } from "../../src/charts/palette.ts";
import { INK, MUTED, PAPER } from "../../src/downloads/chart-svg.ts";
import { lightColour, parseColourTokens } from "../../src/lib/tokens.ts";

const css = readFileSync("src/styles/tokens.css", "utf8");

describe("colour tokens", () => {
  it("reads both values of light-dark() and single values from the CSS", () => {
    const tokens = parseColourTokens(":root { --a: light-dark(#0072B2, #56b4e9); --b: #ffbf47; --space: 1rem; }");
    expect(tokens.get("a")).toEqual({ light: "#0072b2", dark: "#56b4e9" });
    expect(tokens.get("b")).toEqual({ light: "#ffbf47", dark: "#ffbf47" });
    expect(tokens.has("space")).toBe(false);
  });

  it("gives charts, downloads and cards the light values of src/styles/tokens.css", () => {
    expect(css).toContain(`--chart-primary: light-dark(${palette.primary},`);
    expect(css).toContain(`--chart-reference: light-dark(${palette.reference},`);
    expect(css).toContain(`--chart-box: light-dark(${palette.box},`);
    expect(css).toContain(`--text: light-dark(${INK},`);
    expect(css).toContain(`--text-muted: light-dark(${MUTED},`);
    expect(css).toContain(`--bg: light-dark(${PAPER},`);
  });

  it("stops at a token the CSS does not define", () => {
    expect(() => lightColour("chart-secondary")).toThrow("src/styles/tokens.css: expected a colour token --chart-secondary");
  });

  it("leaves no colour typed into TypeScript: tokens.css is the one source", () => {
    const files = (readdirSync("src", { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
    const typed = files.filter((f) => /["'`]#[0-9a-fA-F]{3,8}["'`]/.test(readFileSync(join("src", f), "utf8")));
    expect(typed).toEqual([]);
  });
});
