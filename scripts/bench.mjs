#!/usr/bin/env node
// npm run bench: build timings (cold and warm), page weights, a scale test with synthetic copies of
// the articles, and Lighthouse. Writes bench/results.json and prints Markdown tables.
//   npm run bench                  everything (about 5–10 minutes on 2 cores)
//   npm run bench -- --quick       one run each, 10× scale only, no Lighthouse
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const RUNS = quick ? 1 : 3;
const SCALES = quick ? [10] : [10, 50];

const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(k)));

function build(cwd, { cold }) {
  if (cold)
    for (const d of ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"]) rmSync(join(cwd, d), { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync("npm", ["run", "build"], { cwd, env: cleanEnv(), encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`build failed in ${cwd}:\n${run.stdout}\n${run.stderr}`);
  return seconds;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1), runs: s.length };
};
const round = (n, d = 2) => Number(n.toFixed(d));

function htmlPages(dist) {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith("pagefind"))
    .sort();
}

/** Bytes a page costs on first load: its HTML, the CSS and JS it links (raw and gzip). */
function pageWeight(dist, page) {
  const html = readFileSync(join(dist, page));
  const text = html.toString("utf8");
  const assets = (re) => [...new Set([...text.matchAll(re)].map((m) => m[1]))].filter((u) => u.startsWith("/") && !u.startsWith("//"));
  const sum = (urls) =>
    urls.reduce(
      (acc, u) => {
        const file = join(dist, u.replace(/^\//, "").split("?")[0]);
        if (!existsSync(file)) return acc;
        const body = readFileSync(file);
        return { raw: acc.raw + body.length, gzip: acc.gzip + gzipSync(body).length };
      },
      { raw: 0, gzip: 0 },
    );
  return {
    page: "/" + page.replace(/index\.html$/, ""),
    html: { raw: html.length, gzip: gzipSync(html).length },
    css: sum(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    js: sum(assets(/<script[^>]+src="([^"]+)"/g)),
  };
}

function countCharts(dist, pages) {
  let figures = 0;
  for (const p of pages) figures += (readFileSync(join(dist, p), "utf8").match(/<figure class="chart"/g) ?? []).length;
  return figures;
}

/** A copy of the project with `factor`× the articles: synthetic, clearly marked, never published. */
function syntheticCopy(factor) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${factor}x-`));
  for (const entry of readdirSync(ROOT)) {
    if (["node_modules", "dist", ".astro", ".git", "bench", "test-results"].includes(entry)) continue;
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  const articles = join(dir, "content", "articles");
  const originals = readdirSync(articles).filter((f) => f.endsWith(".mdx"));
  for (let i = 1; i < factor; i++) {
    for (const file of originals) {
      const text = readFileSync(join(articles, file), "utf8").replace(
        /^title: "(.*)"$/m,
        // At most 60 characters: the schema stops a longer patient-page title.
        (_, t) => `title: ${JSON.stringify(`Copy ${i}: ${t}`.slice(0, 60))}`,
      );
      writeFileSync(join(articles, `synthetic-${i}-${file}`), text);
    }
  }
  return dir;
}

/** Runs a command without blocking this process, which serves the pages Lighthouse visits. */
function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

async function lighthouse(urls) {
  const out = {};
  const flags =
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
  for (const [name, url] of Object.entries(urls)) {
    const result = await run(
      join(ROOT, "node_modules", ".bin", "lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=${flags}`,
      ],
      { cwd: ROOT, env: { ...cleanEnv(), CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } },
    );
    if (result.status !== 0) {
      out[name] = { error: (result.stderr || result.stdout).slice(-400) };
      continue;
    }
    const report = JSON.parse(result.stdout);
    out[name] = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
  }
  return out;
}

async function main() {
  const results = {
    date: new Date().toISOString(),
    machine: { cores: (await import("node:os")).cpus().length, node: process.version },
    quick,
  };
  console.error(`Cold builds (${RUNS})…`);
  const cold = [];
  for (let i = 0; i < RUNS; i++) cold.push(build(ROOT, { cold: true }));
  console.error(`Warm builds (${RUNS})…`);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(build(ROOT, { cold: false }));
  const dist = join(ROOT, "dist");
  const pages = htmlPages(dist);
  results.build = { cold: stats(cold.map((s) => round(s))), warm: stats(warm.map((s) => round(s))) };
  results.pages = pages.length;
  results.charts = countCharts(dist, pages);
  results.weights = pages.map((p) => pageWeight(dist, p));

  results.scale = [
    { factor: 1, articles: readdirSync(join(ROOT, "content/articles")).length, charts: results.charts, seconds: results.build.warm.median },
  ];
  for (const factor of SCALES) {
    console.error(`Scale test ${factor}×…`);
    const dir = syntheticCopy(factor);
    try {
      const seconds = build(dir, { cold: false });
      const d = join(dir, "dist");
      const p = htmlPages(d);
      results.scale.push({
        factor,
        articles: readdirSync(join(dir, "content/articles")).length,
        pages: p.length,
        charts: countCharts(d, p),
        seconds: round(seconds),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Marginal cost: extra seconds per extra chart over the real site, which shows whether growth is linear.
  const base = results.scale[0];
  for (const s of results.scale) {
    s.secondsPerChart = round(s.seconds / s.charts, 3);
    s.marginalSecondsPerChart = s.charts > base.charts ? round((s.seconds - base.seconds) / (s.charts - base.charts), 4) : null;
  }

  if (!quick) {
    console.error("Lighthouse…");
    const { startServer } = await import("./serve.mjs");
    const server = await startServer({ root: dist, port: 0, host: "127.0.0.1" });
    try {
      const chartPage = existsSync(join(dist, "charts/participant-flow/index.html")) ? "charts/participant-flow/" : undefined;
      results.lighthouse = await lighthouse({
        home: server.url,
        findings: new URL("what-the-study-found/", server.url).href,
        ...(chartPage ? { chart: new URL(chartPage, server.url).href } : {}),
      });
    } finally {
      await server.close();
    }
  }

  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(markdown(results));
}

function markdown(r) {
  const kb = (n) => (n / 1024).toFixed(1);
  const lines = [
    `## Build (${r.machine.cores} cores, Node ${r.machine.node})`,
    "",
    "| | median s | min s | max s | runs |",
    "|---|---:|---:|---:|---:|",
    `| cold | ${r.build.cold.median} | ${r.build.cold.min} | ${r.build.cold.max} | ${r.build.cold.runs} |`,
    `| warm | ${r.build.warm.median} | ${r.build.warm.min} | ${r.build.warm.max} | ${r.build.warm.runs} |`,
    "",
    `Pages: ${r.pages}. Charts (figures): ${r.charts}.`,
    "",
    "## Page weight (KB, raw / gzip)",
    "",
    "| page | HTML | CSS | JS |",
    "|---|---:|---:|---:|",
    ...r.weights.map(
      (w) =>
        `| ${w.page} | ${kb(w.html.raw)} / ${kb(w.html.gzip)} | ${kb(w.css.raw)} / ${kb(w.css.gzip)} | ${kb(w.js.raw)} / ${kb(w.js.gzip)} |`,
    ),
    "",
    "## Scale (synthetic copies of the articles, built in a temporary folder)",
    "",
    "| factor | articles | charts | build s | s per chart | extra s per extra chart |",
    "|---:|---:|---:|---:|---:|---:|",
    ...r.scale.map(
      (s) => `| ${s.factor}× | ${s.articles} | ${s.charts} | ${s.seconds} | ${s.secondsPerChart} | ${s.marginalSecondsPerChart ?? "—"} |`,
    ),
  ];
  if (r.lighthouse) {
    lines.push(
      "",
      "## Lighthouse (mobile)",
      "",
      "| page | performance | accessibility | best practices | SEO |",
      "|---|---:|---:|---:|---:|",
    );
    for (const [name, s] of Object.entries(r.lighthouse)) {
      lines.push(
        s.error
          ? `| ${name} | error: ${s.error.replace(/\n/g, " ").slice(0, 80)} | | | |`
          : `| ${name} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} |`,
      );
    }
  }
  return lines.join("\n");
}

await main();
