#!/usr/bin/env node
// npm run build: astro build and the Pagefind index into a temporary folder, then swap it into place. A build that fails
// part-way (bad data, an MDX mistake) leaves the previous dist/ whole: never half-built.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(root, process.env.OUT_DIR ?? "dist");
const staging = `${out}.partial`;
const bin = (name) => join(root, "node_modules", ".bin", name);

/** Runs one build step; on failure removes the staging folder and exits with the step's status. */
function step(command, args, env = {}) {
  const run = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env } });
  if (run.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nBuild failed: ${out} was left as it was.`);
    process.exit(run.status ?? 1);
  }
}

const start = performance.now();
rmSync(staging, { recursive: true, force: true });
step(bin("astro"), ["build"], { OUT_DIR: staging });
// The search index is built from the finished pages (settings in pagefind.yml).
step(bin("pagefind"), ["--site", staging]);
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Built ${out} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
