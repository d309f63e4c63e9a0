/**
 * Where "Report a problem with this page" leads. The one place the issue tracker's address is
 * set: ISSUE_TRACKER_URL at build time, which the deploy workflow (.github/workflows/deploy.yml)
 * fills with the repository's issues page. With none set, as in a local build, the link goes to
 * the "Report a problem" section of /about/, which says how to reach the publisher.
 */

/** Anchor of the section on /about/ that the link falls back to. */
export const REPORT_PROBLEM_SECTION = "/about/#report-a-problem";

/**
 * The tracker's issues page from the environment, or undefined when none is set. A value that is
 * not an https address stops the build, so a typo never publishes a broken link on every page.
 */
export function issueTrackerUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env["ISSUE_TRACKER_URL"]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ISSUE_TRACKER_URL: expected the https address of the project's issues page (e.g. https://github.com/owner/repo/issues), found "${raw}"`,
    );
  }
  if (url.protocol !== "https:") throw new Error(`ISSUE_TRACKER_URL: expected an https address, found "${raw}"`);
  return url.href.replace(/\/+$/, "");
}

/**
 * The link for one page: a new issue on the tracker with the page's address filled in (GitHub's
 * /issues/new?title=…&body=… form), or, with no tracker, the fallback section's path (the caller
 * puts it under the site's base).
 */
export function reportProblemLink(pageUrl: string, tracker: string | undefined): { external: boolean; url: string } {
  if (!tracker) return { external: false, url: REPORT_PROBLEM_SECTION };
  const page = new URL(pageUrl);
  const params = new URLSearchParams({
    title: `Problem with the page ${page.pathname}`,
    body: `Page: ${page.href}\n\nWhat is wrong or hard to use:\n\nWhere the right information comes from (if you know):\n`,
  });
  return { external: true, url: `${tracker}/new?${params.toString()}` };
}
