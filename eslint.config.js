// ESLint for TypeScript, Astro components and their accessibility (jsx-a11y rules through eslint-plugin-astro).
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist.partial/", ".astro/", "node_modules/", "bench/tmp/", "test/charts/output/", "test/fixtures/**/dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs["jsx-a11y-strict"],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are errors, except those deliberately marked with a leading underscore.
      // A scrollable table wrapper is a labelled region that must take focus, so keyboard users can scroll it (axe: scrollable-region-focusable).
      "astro/jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["region"], tags: [] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
);
