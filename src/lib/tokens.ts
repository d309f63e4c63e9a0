import tokensCss from "../styles/tokens.css?raw";

/** A colour token's two values, as `light-dark(light, dark)` in src/styles/tokens.css gives them. */
export interface ColourToken {
  light: string;
  dark: string;
}

/**
 * The colour custom properties of a stylesheet's :root, by name without the leading "--". A token
 * with one value (`--focus: #ffbf47`) is the same in both schemes.
 */
export function parseColourTokens(css: string): Map<string, ColourToken> {
  const tokens = new Map<string, ColourToken>();
  const colour = "#[0-9a-fA-F]{3,8}";
  const declaration = new RegExp(`--([\\w-]+):\\s*(?:light-dark\\(\\s*(${colour})\\s*,\\s*(${colour})\\s*\\)|(${colour}))\\s*;`, "g");
  for (const [, name = "", light, dark, both] of css.matchAll(declaration)) {
    tokens.set(name, { light: (light ?? both ?? "").toLowerCase(), dark: (dark ?? both ?? "").toLowerCase() });
  }
  return tokens;
}

const TOKENS = parseColourTokens(tokensCss);

/**
 * The light-scheme value of a colour token in src/styles/tokens.css: the one source of the site's
 * colours. Drawings that leave the page (SVG and PNG downloads, link-preview cards, the fills Plot
 * writes into the SVG) use the light values; on the page the CSS restyles them per scheme. An
 * unknown name stops the build.
 */
export function lightColour(name: string): string {
  const token = TOKENS.get(name);
  if (!token) throw new Error(`src/styles/tokens.css: expected a colour token --${name} (found ${[...TOKENS.keys()].join(", ")})`);
  return token.light;
}
