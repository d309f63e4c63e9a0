import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { pagesInDist } from "./pages-in-dist.ts";
import { headersFile } from "./security-headers.ts";

/** Writes dist/_headers after the build, with a Content-Security-Policy block for every page. */
export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, "_headers"), headersFile(pagesInDist(dist, base), base));
      },
    },
  };
}
