/**
 * Site paths of a chart's pages and files, in one place, because permalinks and embed codes are
 * published and must never drift apart (pass them through href() or absoluteUrl()).
 */

/** The chart's permalink page: figure, provenance, downloads, embed code, citation. */
export const chartPagePath = (id: string): string => `/charts/${id}/`;

/** The chart's page made for iframes on other sites. */
export const embedPagePath = (id: string): string => `/embed/${id}/`;

/** One of the chart's generated files, e.g. /charts/participant-flow/participant-flow.png. */
export const downloadPath = (id: string, extension: string): string => `/charts/${id}/${id}.${extension}`;

/** The loader script that embed codes include to size their iframe. */
export const EMBED_LOADER_PATH = "/embed.js";
