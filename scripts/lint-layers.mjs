#!/usr/bin/env node
// npm run lint:layers: checks the layer rules in .dependency-cruiser.cjs over src/ and astro.config.mjs.
// dependency-cruiser cannot parse .astro files, so this copies the project's sources into a scratch folder,
// turning each X.astro into X.astro.ts (its frontmatter and <script> bodies, which hold all its imports),
// runs the cruiser there and prints the findings with the real file names. Exits 1 on any violation.
//
//   node scripts/lint-layers.mjs [project root]   (default: this project; tests pass a fixture)
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(process.argv[2] ?? here);
const scratch = join(here, "node_modules", ".cache", "lint-layers", relative(here, root).replace(/[\\/]/g, "_") || "project");

/** The imports of an .astro file as TypeScript: its frontmatter and the bodies of its <script> elements. */
export function astroAsTs(source) {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
  const scripts = [...source.matchAll(/<script\b[^>]*?(?<!\/)>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join("\n;\n");
}

/** Points imports of .astro files at their .astro.ts copies. */
const retarget = (code) => code.replace(/(["'])([^"'\n]+\.astro)\1/g, "$1$2.ts$1");

function copy(dir) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copy(path);
    else if (/\.(m?[jt]s)$/.test(entry.name)) write(path, retarget(readFileSync(join(root, path), "utf8")));
    else if (entry.name.endsWith(".astro")) write(`${path}.ts`, retarget(astroAsTs(readFileSync(join(root, path), "utf8"))));
  }
}

function write(path, code) {
  mkdirSync(dirname(join(scratch, path)), { recursive: true });
  writeFileSync(join(scratch, path), code);
}

rmSync(scratch, { recursive: true, force: true });
copy("src");
const targets = ["src"];
if (existsSync(join(root, "astro.config.mjs"))) {
  write("astro.config.mjs", retarget(readFileSync(join(root, "astro.config.mjs"), "utf8")));
  targets.push("astro.config.mjs");
}
if (existsSync(join(root, "tsconfig.json"))) cpSync(join(root, "tsconfig.json"), join(scratch, "tsconfig.json"));

const run = spawnSync(
  join(here, "node_modules", ".bin", "depcruise"),
  [...targets, "--config", join(here, ".dependency-cruiser.cjs"), "--output-type", "err-long", "--no-progress"],
  { cwd: scratch, encoding: "utf8" },
);
const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.replace(/\.astro\.ts\b/g, ".astro");
process.stdout.write(output);
if (run.error) throw run.error;
process.exit(run.status ?? 1);
