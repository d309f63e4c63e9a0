#!/usr/bin/env node
// Dependency-free static file server for the built site (dist/).
//
// CLI:    node scripts/serve.mjs            (PORT env or 4321, host 127.0.0.1,
//                                           DIST_DIR env or <repo>/dist,
//                                           SITE_BASE env or "/": the sub-path
//                                           the site was built for)
// Module: import { startServer } from './scripts/serve.mjs';
//         const { url, close } = await startServer({ root: 'dist', port: 0 });

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** Content types by lower-case file extension (including the dot). */
export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.pagefind': 'application/octet-stream',
});

const FALLBACK_TYPE = 'application/octet-stream';

/**
 * @param {string} filePath
 * @returns {string}
 */
export function contentTypeFor(filePath) {
  const ext = path.extname(filePath).toLowerCase();
  // Pagefind's index files: *.pf_meta, *.pf_index, *.pf_fragment, *.pf_filter, ...
  if (ext.startsWith('.pf_')) return FALLBACK_TYPE;
  return /** @type {Record<string, string>} */ (CONTENT_TYPES)[ext] ?? FALLBACK_TYPE;
}

/**
 * @typedef {object} HeaderContext
 * @property {string} pathname  Decoded URL path of the request (e.g. "/about/").
 * @property {string | null} filePath  Absolute path of the file served, if any.
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
 * @property {HeadersOption} [headers]  Extra response headers (map, or callback per response).
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
 * @param {string} p
 * @returns {Promise<import('node:fs').Stats | null>}
 */
async function statOrNull(p) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

/**
 * "/a/b" or "a/b/" → "/a/b/"; "" or "/" → "/".
 * @param {string} base
 */
function normaliseBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Is `child` equal to or inside `parent`? Both absolute and normalised.
 * @param {string} parent
 * @param {string} child
 */
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Start serving `root`. Resolves once the server listens.
 * @param {StartServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (process.env.PORT ? Number(process.env.PORT) : 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port: ${String(port)}`);
  }
  const rootInput = path.resolve(options.root ?? process.env.DIST_DIR ?? 'dist');
  const rootStat = await statOrNull(rootInput);
  if (!rootStat?.isDirectory()) {
    throw new Error(`Cannot serve ${rootInput}: not a directory (run \`npm run build\` first?)`);
  }
  // Resolve symlinks once so containment checks compare like with like.
  const root = await realpath(rootInput);
  const headersOption = options.headers;
  const base = normaliseBase(options.base ?? '/');

  /**
   * @param {HeaderContext} ctx
   * @returns {Record<string, string>}
   */
  function extraHeaders(ctx) {
    if (!headersOption) return {};
    if (typeof headersOption === 'function') return headersOption(ctx) ?? {};
    return headersOption;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const method = req.method ?? 'GET';
    const isHead = method === 'HEAD';
    const rawUrl = req.url ?? '/';
    const qIndex = rawUrl.search(/[?#]/);
    const rawPath = qIndex === -1 ? rawUrl : rawUrl.slice(0, qIndex);
    const query = qIndex === -1 ? '' : rawUrl.slice(qIndex).replace(/#.*$/, '');

    /**
     * @param {number} status
     * @param {string} body
     * @param {string} pathname
     * @param {Record<string, string>} [headers]
     */
    const sendText = (status, body, pathname, headers = {}) => {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        'Cache-Control': 'no-cache',
        ...headers,
        ...extraHeaders({ pathname, filePath: null, status, req }),
      });
      res.end(isHead ? undefined : body);
    };

    /**
     * @param {number} status
     * @param {string} filePath
     * @param {import('node:fs').Stats} st
     * @param {string} pathname
     */
    const sendFile = (status, filePath, st, pathname) => {
      res.writeHead(status, {
        'Content-Type': contentTypeFor(filePath),
        'Content-Length': String(st.size),
        'Last-Modified': st.mtime.toUTCString(),
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...extraHeaders({ pathname, filePath, status, req }),
      });
      if (isHead) {
        res.end();
        return;
      }
      const stream = createReadStream(filePath);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    };

    /** @param {string} pathname */
    const notFound = async (pathname) => {
      const page404 = path.join(root, '404.html');
      const st = await statOrNull(page404);
      if (st?.isFile()) sendFile(404, page404, st, pathname);
      else sendText(404, 'Not found\n', pathname);
    };

    if (method !== 'GET' && !isHead) {
      sendText(405, 'Method not allowed\n', rawPath, { Allow: 'GET, HEAD' });
      return;
    }

    let pathname;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      sendText(400, 'Bad request\n', rawPath);
      return;
    }
    if (!pathname.startsWith('/') || pathname.includes('\0')) {
      sendText(400, 'Bad request\n', rawPath);
      return;
    }
    // Reject traversal outright rather than silently normalising it.
    const segments = pathname.split(/[/\\]+/);
    if (segments.includes('..') || pathname.includes('\\')) {
      sendText(403, 'Forbidden\n', pathname);
      return;
    }

    if (base !== '/') {
      if (`${pathname}/` === base) {
        const location = `/${rawPath.replace(/^\/+/, '')}/`;
        sendText(301, `Redirecting to ${location}\n`, pathname, { Location: `${location}${query}` });
        return;
      }
      if (!pathname.startsWith(base)) {
        await notFound(pathname);
        return;
      }
    }
    const target = path.join(root, pathname.slice(base.length - 1));
    if (!isInside(root, target)) {
      sendText(403, 'Forbidden\n', pathname);
      return;
    }

    let st = await statOrNull(target);
    let filePath = target;

    if (st?.isDirectory()) {
      const index = path.join(target, 'index.html');
      const indexStat = await statOrNull(index);
      if (!indexStat?.isFile()) {
        await notFound(pathname);
        return;
      }
      if (!pathname.endsWith('/')) {
        // Keep the raw (still-encoded) path; collapse leading slashes so the
        // Location can never become protocol-relative ("//host/").
        const location = `/${rawPath.replace(/^\/+/, '')}/`;
        sendText(301, `Redirecting to ${location}\n`, pathname, { Location: `${location}${query}` });
        return;
      }
      filePath = index;
      st = indexStat;
    }

    if (!st?.isFile()) {
      await notFound(pathname);
      return;
    }

    // Don't follow symlinks out of the served folder.
    const real = await realpath(filePath);
    if (!isInside(root, real)) {
      sendText(403, 'Forbidden\n', pathname);
      return;
    }

    sendFile(200, filePath, st, pathname);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Internal server error\n');
      } else {
        res.destroy();
      }
      console.error(err);
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}${base}`;

  let closing = /** @type {Promise<void> | null} */ (null);
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
async function isEntryPoint() {
  const entry = process.argv[1];
  if (!entry) return false;
  const self = fileURLToPath(import.meta.url);
  if (path.resolve(entry) === self) return true;
  try {
    return (await realpath(entry)) === (await realpath(self));
  } catch {
    return false;
  }
}

if (await isEntryPoint()) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const root = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(repoRoot, 'dist');
  try {
    const { url, close } = await startServer({ root, base: process.env.SITE_BASE ?? '/' });
    const shown = path.relative(process.cwd(), root) || '.';
    console.log(`Serving ${shown.split(path.sep).join('/')}/ at ${url}`);
    const stop = () => {
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
