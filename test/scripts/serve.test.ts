// scripts/serve.mjs on a random port against a tiny site in a temporary folder: files, the base
// path and its redirect, folder redirects, the 404 page and status, _headers, and paths that try to
// climb out of the folder (raw and percent-encoded), which must never reach the file beside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/serve.mjs";

const outer = mkdtempSync(path.join(tmpdir(), "serve-test-"));
const root = path.join(outer, "site");
const SECRET = "not part of the site";

function write(file: string, body: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), body);
}

/** One raw GET: the path is sent exactly as given (fetch would normalise "/../"). */
function get(
  port: number,
  rawPath: string,
  method = "GET",
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(() => {
  writeFileSync(path.join(outer, "secret.txt"), SECRET);
  write("index.html", "<!doctype html><title>Home</title>");
  write("about/index.html", "<!doctype html><title>About</title>");
  write("404.html", "<!doctype html><title>Page not found</title>");
  write("pagefind/en.pf_meta", "bytes");
  write("style.css", "p{}");
  write(
    "_headers",
    ["/*", "  X-Content-Type-Options: nosniff", "", "/about/", "  Content-Security-Policy: default-src 'self'", ""].join("\n"),
  );
});

afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe("startServer at the root", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ root, port: 0 });
  });
  afterAll(() => server.close());

  it("serves pages, folders and files with their types", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const home = await get(server.port, "/");
    expect([home.status, home.body]).toEqual([200, "<!doctype html><title>Home</title>"]);
    expect(home.headers["content-type"]).toBe("text/html;charset=utf-8");
    expect((await get(server.port, "/about/")).body).toContain("About");
    expect((await get(server.port, "/style.css")).headers["content-type"]).toBe("text/css");
    expect((await get(server.port, "/pagefind/en.pf_meta")).headers["content-type"]).toBe("application/octet-stream");
  });

  it("redirects a folder to its trailing slash, keeping the query", async () => {
    const res = await get(server.port, "/about?x=1");
    expect([res.status, res.headers["location"]]).toEqual([301, "/about/?x=1"]);
  });

  it("answers a missing page with the 404 page and a 404 status", async () => {
    for (const missing of ["/nope/", "/nope", "/about/nope.html", "/about.html"]) {
      const res = await get(server.port, missing);
      expect([missing, res.status, res.body]).toEqual([missing, 404, "<!doctype html><title>Page not found</title>"]);
    }
  });

  it("applies the headers of _headers, each rule to the paths it matches", async () => {
    const about = await get(server.port, "/about/");
    expect(about.headers["content-security-policy"]).toBe("default-src 'self'");
    expect(about.headers["x-content-type-options"]).toBe("nosniff");
    const home = await get(server.port, "/");
    expect(home.headers["content-security-policy"]).toBeUndefined();
    expect(home.headers["x-content-type-options"]).toBe("nosniff");
    expect((await get(server.port, "/nope/")).headers["x-content-type-options"]).toBe("nosniff");
  });

  it("never serves a file outside its folder, however the path is written", async () => {
    const attempts = [
      "/../secret.txt",
      "/about/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/..%2fsecret.txt",
      "/about/%2e%2e/%2e%2e/secret.txt",
      "/%252e%252e/secret.txt",
      "/..\\secret.txt",
      "/../site/../secret.txt",
    ];
    for (const attempt of attempts) {
      const res = await get(server.port, attempt);
      expect(res.body, attempt).not.toContain(SECRET);
      expect([400, 403, 404], `${attempt}: ${res.status}`).toContain(res.status);
    }
  });

  it("answers only GET and HEAD", async () => {
    expect((await get(server.port, "/", "HEAD")).status).toBe(200);
    const post = await get(server.port, "/", "POST");
    expect([post.status, post.headers["allow"]]).toEqual([405, "GET, HEAD"]);
  });
});

describe("startServer under a base path", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ root, port: 0, base: "social-cure" });
  });
  afterAll(() => server.close());

  it("serves the site under the base, and its URL says so", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/social-cure/`);
    expect((await get(server.port, "/social-cure/")).body).toContain("Home");
    expect((await get(server.port, "/social-cure/about/")).body).toContain("About");
  });

  it("redirects the bare base path to the base with its slash", async () => {
    const res = await get(server.port, "/social-cure?q=belonging");
    expect([res.status, res.headers["location"]]).toEqual([301, "/social-cure/?q=belonging"]);
  });

  it("answers paths outside the base with the 404 page", async () => {
    for (const outside of ["/", "/about/", "/social-curex/"]) {
      const res = await get(server.port, outside);
      expect([outside, res.status]).toEqual([outside, 404]);
      expect(res.body).toContain("Page not found");
    }
  });

  it("never serves a file outside its folder from under the base", async () => {
    for (const attempt of ["/social-cure/../secret.txt", "/social-cure/%2e%2e/secret.txt", "/social-cure/..%2f..%2fsecret.txt"]) {
      const res = await get(server.port, attempt);
      expect(res.body, attempt).not.toContain(SECRET);
      expect([400, 403, 404]).toContain(res.status);
    }
  });
});

it("refuses to start on a folder that does not exist", async () => {
  await expect(startServer({ root: path.join(outer, "missing"), port: 0 })).rejects.toThrow(/not a directory/);
});
