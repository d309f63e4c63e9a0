/**
 * The layer rules (`npm run lint:layers`, part of `npm test`). Data flows one way, as README.md says:
 *
 *   data/ → src/data → src/analysis → src/charts → src/downloads → src/site → src/components, src/layouts,
 *   src/social → content/ (src/content checks it) → src/pages
 *
 * Each layer may import the layers before it, never those after. src/site is the composition root:
 * the only code that loads data/ (through src/data) and builds every chart model, stat, pathway stage
 * and download; the layers above it receive them from src/site. Type-only imports of src/data's row
 * and source types are allowed everywhere (they vanish at runtime), and so is src/data/errors.ts
 * (DataError, the one error a data or content editor sees).
 * Beside the chain: src/lib, src/citation, src/metadata and src/embed are pure helpers any layer may
 * use, which import no layer; src/client is browser code and imports only src/client; src/build writes
 * dist/ files (headers) for astro.config.mjs and BaseLayout.
 *
 * One rule per forbidden arrow; each comment says which layer may import which. .astro files are
 * checked through scripts/lint-layers.mjs, which hands their frontmatter and scripts to the cruiser.
 */
const valueImport = { dependencyTypesNot: ["type-only"] };
const ABOVE_DATA = "^src/(analysis|charts|downloads|site|components|layouts|social|content|pages|client|build)/";

module.exports = {
  forbidden: [
    {
      name: "only-site-loads-data",
      severity: "error",
      comment:
        "Only src/site may import src/data's values (the loader and getResource): every other layer gets tables, models and stats from src/site. Type-only imports of row and source types, and DataError, are fine.",
      from: { path: "^(src/|astro[.]config)", pathNot: "^src/(data|site)/" },
      to: { path: "^src/data/", pathNot: "^src/data/errors[.]ts$", ...valueImport },
    },
    {
      name: "data-imports-no-layer-above",
      severity: "error",
      comment:
        "src/data (load and validate data/) may import only src/data and src/lib, never src/analysis, src/charts, src/site or any layer above.",
      from: { path: "^src/data/" },
      to: { path: ABOVE_DATA },
    },
    {
      name: "analysis-imports-no-layer-above",
      severity: "error",
      comment:
        "src/analysis (pure transforms) may import src/analysis, src/lib and types from src/data, never src/charts, src/downloads, src/site, src/components, content or src/pages.",
      from: { path: "^src/analysis/" },
      to: { path: "^src/(charts|downloads|site|components|layouts|social|content|pages|client|build)/" },
    },
    {
      name: "charts-import-no-layer-above",
      severity: "error",
      comment:
        "src/charts may import src/analysis and src/lib (and types from src/data), never src/data's values, src/downloads, src/site, src/components, content or src/pages.",
      from: { path: "^src/charts/" },
      to: { path: "^src/(downloads|site|components|layouts|social|content|pages|client|build)/" },
    },
    {
      name: "downloads-import-no-layer-above",
      severity: "error",
      comment:
        "src/downloads (chart model → SVG, PNG, CSV, JSON) may import src/charts, src/citation and src/lib, never src/site, src/components, content or src/pages.",
      from: { path: "^src/downloads/" },
      to: { path: "^src/(site|components|layouts|social|content|pages|client|build)/" },
    },
    {
      name: "site-imports-no-layer-above",
      severity: "error",
      comment:
        "src/site (the composition root) may import src/data, src/analysis, src/charts, src/downloads and the helpers, never src/components, src/layouts, src/social, src/content or src/pages: they import it.",
      from: { path: "^src/site/" },
      to: { path: "^src/(components|layouts|social|content|pages|client|build)/" },
    },
    {
      name: "charts-and-analysis-do-no-io",
      severity: "error",
      comment:
        "src/analysis and src/charts are pure (tables in, models out): no file, network or process access. src/site reads data/ and hands them tables.",
      from: { path: "^src/(analysis|charts)/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|http|https|net|child_process)$" },
    },
    {
      name: "files-read-only-by-loaders",
      severity: "error",
      comment:
        "Only src/data/load.ts and src/site/data.ts read data/; src/content reads content/, src/build dist/, src/lib/raster.ts the PNG font. Everything else (the rest of src/site, components, layouts, pages) gets what it shows from src/site/data.ts, never from the file system.",
      from: { path: "^src/", pathNot: "^src/(data|content|build)/|^src/site/data[.]ts$|^src/lib/raster[.]ts$" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises)$" },
    },
    {
      name: "components-import-no-pages",
      severity: "error",
      comment: "src/components, src/layouts and src/social may import src/site, src/charts, src/content and the helpers, never src/pages.",
      from: { path: "^src/(components|layouts|social)/" },
      to: { path: "^src/pages/" },
    },
    {
      name: "content-checks-import-no-layer-above",
      severity: "error",
      comment:
        "src/content (content collections and MDX checks) may import src/charts/ids, src/lib and DataError; it gets stat names from src/site through astro.config.mjs, and never imports src/site, src/components or src/pages.",
      from: { path: "^src/content" },
      to: { path: "^src/(site|downloads|components|layouts|social|pages|client)/" },
    },
    {
      name: "helpers-import-no-layer",
      severity: "error",
      comment:
        "src/lib, src/citation, src/metadata and src/embed are helpers any layer may use: they import only one another (and types), never src/data, src/analysis, src/charts, src/site, src/components or src/pages.",
      from: { path: "^src/(lib|citation|metadata|embed)/" },
      to: { path: ABOVE_DATA.replace("(analysis", "(data|analysis"), pathNot: "^src/data/errors[.]ts$", ...valueImport },
    },
    {
      name: "client-imports-only-client",
      severity: "error",
      comment:
        "src/client is shipped to readers' browsers: it may import only src/client, never build-time code (src/data, src/site, src/charts …), which would grow the JS budget.",
      from: { path: "^src/client/" },
      to: { path: "^src/(?!client/)" },
    },
    {
      name: "nothing-imports-pages",
      severity: "error",
      comment: "src/pages is the top layer: routes import everything below them; nothing imports a route.",
      from: { path: "^src/(?!pages/)" },
      to: { path: "^src/pages/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
    // Type-only imports are seen (and allowed by the rules above) rather than dropped by the compiler.
    tsPreCompilationDeps: true,
    moduleSystems: ["es6"],
  },
};
