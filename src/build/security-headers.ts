/**
 * The security headers the site is served with, written to dist/_headers (the format Netlify and
 * Cloudflare Pages read; README "Deploying" shows the same headers for other hosts).
 *
 * Each page gets its own Content-Security-Policy block rather than one `/*` rule, because hosts
 * combine the headers of every rule that matches a path: a site-wide `frame-ancestors 'none'` would
 * then also reach the embed pages, which must be framable by any site.
 */

/** Scripts only from this origin: no inline scripts, no eval (wasm is for the search index). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // Plot writes a <style> element into each SVG, and charts set aspect-ratio in style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

/** True for pages made to be framed on other sites. */
export function isEmbedPath(path: string, base = "/"): boolean {
  return path.startsWith(`${base.replace(/\/?$/, "/")}embed/`);
}

/** The headers one HTML page is served with. */
export function pageHeaders(path: string, base = "/"): Record<string, string> {
  const embed = isEmbedPath(path, base);
  return {
    "Content-Security-Policy": [...CSP_DIRECTIVES, `frame-ancestors ${embed ? "*" : "'none'"}`].join("; "),
    ...(embed ? {} : { "X-Frame-Options": "DENY" }),
  };
}

/**
 * The whole _headers file for a built site.
 *
 * @param pagePaths URL paths of every HTML page, e.g. "/", "/about/", "/404.html"
 */
export function headersFile(pagePaths: string[], base = "/"): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const root = base.replace(/\/?$/, "/");
  return [block(`${root}*`, COMMON_HEADERS), ...[...pagePaths].sort().map((p) => block(p, pageHeaders(p, base)))].join("\n\n") + "\n";
}

/** Reads a _headers file back: path pattern → headers. Used by tests to serve dist/ as a host would. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(":");
      rules.at(-1)!.headers[name!.trim()] = value.join(":").trim();
    }
  }
  return rules;
}

/** The headers a host would send for `path`: every matching rule, `*` matching any suffix. */
export function headersFor(rules: ReturnType<typeof parseHeadersFile>, path: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern)).map((r) => r.headers));
}
