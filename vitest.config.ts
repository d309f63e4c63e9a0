import { defineConfig } from "vitest/config";

// Deterministic dates, number formatting and collation in every test, whatever
// the machine's locale. Set here (inherited by the forked workers) and again
// through `test.env` below.
const pinnedEnv = { TZ: "UTC", LANG: "en_GB.UTF-8" } as const;
Object.assign(process.env, pinnedEnv);

export default defineConfig({
  test: {
    env: { ...pinnedEnv },
    // src/lib/tokens.ts reads the colour tokens from this stylesheet (`?raw`); vitest blanks CSS unless told.
    css: { include: [/src\/styles\/tokens\.css/] },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/site/**", "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          // Browser tests against the built site in dist/ (run `npm run build` first).
          name: "site",
          environment: "node",
          include: ["test/site/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
