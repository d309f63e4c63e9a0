// axe-core finds no violations on any built page, in light and dark colour schemes.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoPage, hasBrowser, listPages, runAxe, settle, useSite } from "./browser.ts";

const pages = listPages();
const schemes = ["light", "dark"] as const;

describe.skipIf(!hasBrowser)("axe-core accessibility", () => {
  const site = useSite();

  it("finds pages to test", () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  describe.each(schemes)("%s colour scheme", (colorScheme) => {
    let context: BrowserContext;
    // One tab per scheme, reused for every page (a new tab costs ~0.2 s here).
    let page: Page;

    beforeAll(async () => {
      context = await site.browser.newContext({
        colorScheme,
        // Colour-contrast checks must not catch a transition half-way.
        reducedMotion: "reduce",
        // axe is injected as an inline script; a strict CSP must not block it.
        bypassCSP: true,
      });
      page = await context.newPage();
    });

    afterAll(async () => {
      await context?.close();
    });

    it.each(pages)(`%s has no axe violations (${colorScheme})`, async (pagePath) => {
      await gotoPage(page, site.server.url, pagePath);
      await settle(page);
      const violations = await runAxe(page);
      expect(violations, `axe violations on ${pagePath} (${colorScheme}):\n${violations.join("\n")}`).toEqual([]);
    });
  });
});
