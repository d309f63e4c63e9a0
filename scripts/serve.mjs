#!/usr/bin/env node
// Serves the built site (dist/) as a static host would: files by sirv, plus the glue this site
// needs around it: the base path it was built for (SITE_BASE, with a redirect from the bare path),
// the headers in dist/_headers (as Netlify and Cloudflare Pages apply them), a redirect to a
// folder's trailing slash, and the 404 page with a 404 status.
//
// CLI:    node scripts/serve.mjs   (PORT env or 4321, host 127.0.0.1, DIST_DIR env or <repo>/dist,
//                                   SITE_BASE env or "/"; restart it after a rebuild: sirv lists
//                                   the files once, when it starts)
// Module: import { startServer } from './scripts/serve.mjs';
//         const { url, close } = await startServer({ root: 'dist', port: 0 });

import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { headersFor, parseHeadersFile } from "../src/build/security-headers.ts";

/**
 * @typedef {object} HeaderContext
 * @property {string} pathname  Decoded URL path of the request, base included (e.g. "/about/").
 * @property {string | null} filePath  Absolute path of the file served; null for a redirect or an error.
 * @property {number} status  Status code about to be sent.
 * @property {import('node:http').IncomingMessage} req
 */

/**
 * @typedef {Record<string, string> | ((ctx: HeaderContext) => Record<string, string> | undefined | void)} HeadersOption
 */

/**
 * @typedef {object} StartServerOptions
 * @property {string} [root]  Folder to serve (default: DIST_DIR env, else "dist", relative to cwd).
 * @property {number} [port]  0 picks a free port (default: PORT env, else 4321).
 * @property {string} [host]  Default 127.0.0.1.
 * @property {HeadersOption} [headers]  Extra response headers, after those of `<root>/_headers`.
 * @property {string} [base]  URL sub-path to serve `root` under, e.g. "/social-cure/" (default "/").
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url  Site URL with trailing slash, including `base`, e.g. "http://127.0.0.1:4321/".
 * @property {number} port
 * @property {string} root  Absolute path of the folder served.
 * @property {import('node:http').Server} server
 * @property {() => Promise<void>} close  Stops listening and drops open (keep-alive) connections.
 */

/**
 * "/a/b" or "a/b/" → "/a/b/"; "" or "/" → "/".
 * @param {string} base
 */
function normaliseBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** @param {string} file */
const isFile = (file) => existsSync(file) && statSync(file).isFile();

/**
 * Start serving `root`. Resolves once the server listens. sirv lists the folder's files when it
 * starts, and serves only those: a path that climbs out of the folder ("/../", "%2e%2e") matches
 * none of them.
 * @param {StartServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (process.env.PORT ? Number(process.env.PORT) : 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${String(port)}`);
  const rootInput = path.resolve(options.root ?? process.env.DIST_DIR ?? "dist");
  if (!existsSync(rootInput) || !statSync(rootInput).isDirectory()) {
    throw new Error(`Cannot serve ${rootInput}: not a directory (run \`npm run build\` first?)`);
  }
  const root = realpathSync(rootInput);
  const base = normaliseBase(options.base ?? "/");
  const headersFile = path.join(root, "_headers");
  const rules = isFile(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  const page404 = path.join(root, "404.html");

  /** @param {HeaderContext} ctx */
  const headersOf = (ctx) => {
    const extra = typeof options.headers === "function" ? options.headers(ctx) : options.headers;
    return { "Cache-Control": "no-cache", ...headersFor(rules, ctx.pathname), ...(extra ?? {}) };
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   * @param {number} status
   * @param {string} body
   * @param {Record<string, string>} [headers]
   */
  const sendText = (req, res, pathname, status, body, headers = {}) => {
    res.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      ...headersOf({ pathname, filePath: null, status, req }),
      ...headers,
    });
    res.end(body);
  };

  /**
   * The 404 page, with a 404 status, as a host serves it.
   * @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, pathname: string) => void}
   */
  const notFound = (req, res, pathname) => {
    if (!isFile(page404)) return sendText(req, res, pathname, 404, "Not found\n");
    const body = readFileSync(page404);
    res.writeHead(404, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": String(body.length),
      ...headersOf({ pathname, filePath: page404, status: 404, req }),
    });
    res.end(body);
  };

  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, pathname: string) => void} */
  const noMatch = (req, res, pathname) => {
    // A folder asked for without its trailing slash: redirect, so relative links resolve.
    const folder = path.join(root, pathname.slice(base.length - 1));
    if (!pathname.endsWith("/") && folder.startsWith(root + path.sep) && isFile(path.join(folder, "index.html"))) {
      const location = `${encodeURI(pathname)}/${(req.url ?? "").replace(/^[^?]*/, "")}`;
      return sendText(req, res, pathname, 301, `Redirecting to ${location}\n`, { Location: location });
    }
    notFound(req, res, pathname);
  };

  /** @type {WeakMap<import('node:http').IncomingMessage, string>} The decoded request path (base included) of each request sirv is serving, for its header hook. */
  const requested = new WeakMap();
  // No extensions: "/about" is not "/about.html"; folders are mapped to their index.html below.
  const files = sirv(root, {
    extensions: [],
    dotfiles: false,
    setHeaders: (res, file) => {
      const req = res.req;
      const headers = headersOf({ pathname: requested.get(req) ?? file, filePath: path.join(root, file), status: 200, req });
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      // Pagefind's index files have extensions no MIME list knows; say they are bytes, not nothing.
      if (/\.(pf_\w+|pagefind)$/.test(file)) res.setHeader("Content-Type", "application/octet-stream");
    },
  });

  const server = createServer((req, res) => {
    const rawUrl = req.url ?? "/";
    const rawPath = rawUrl.replace(/[?#].*$/s, "");
    const query = rawUrl.slice(rawPath.length).replace(/#.*$/s, "");
    let pathname;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return sendText(req, res, rawPath, 400, "Bad request\n");
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendText(req, res, pathname, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
    }
    if (`${pathname}/` === base) {
      return sendText(req, res, pathname, 301, `Redirecting to ${base}\n`, { Location: `${base}${query}` });
    }
    if (!pathname.startsWith(base) || pathname.includes("\0")) return notFound(req, res, pathname);
    // Hand sirv the path inside the base, with a folder's index.html spelled out.
    const inside = rawPath.slice(base.length - 1);
    req.url = `${inside.endsWith("/") ? `${inside}index.html` : inside}${query}`;
    requested.set(req, pathname);
    files(req, res, () => noMatch(req, res, pathname));
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(undefined);
    });
  });

  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}${base}`;

  /** @type {Promise<void> | null} */
  let closing = null;
  const close = () => {
    closing ??= new Promise((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });
    return closing;
  };

  return { url, port: actualPort, root, server, close };
}

/** True when this file is the process entry point (node scripts/serve.mjs). */
function isEntryPoint() {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const root = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(repoRoot, "dist");
  try {
    const { url, close } = await startServer({ root, base: process.env.SITE_BASE ?? "/" });
    const shown = path.relative(process.cwd(), root) || ".";
    console.log(`Serving ${shown.split(path.sep).join("/")}/ at ${url}`);
    const stop = () =>
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
