import { describe, expect, it } from "vitest";
import { issueTrackerUrl, reportProblemLink, REPORT_PROBLEM_SECTION } from "../../src/lib/report-problem.ts";

describe("issueTrackerUrl", () => {
  it("is unset in a local build", () => {
    expect(issueTrackerUrl({})).toBeUndefined();
    expect(issueTrackerUrl({ ISSUE_TRACKER_URL: "  " })).toBeUndefined();
  });

  it("reads the address the deploy workflow sets, without a trailing slash", () => {
    expect(issueTrackerUrl({ ISSUE_TRACKER_URL: "https://github.com/owner/repo/issues/" })).toBe("https://github.com/owner/repo/issues");
  });

  it("stops the build for an address that is not https", () => {
    expect(() => issueTrackerUrl({ ISSUE_TRACKER_URL: "github.com/owner/repo" })).toThrow(
      'ISSUE_TRACKER_URL: expected the https address of the project\'s issues page (e.g. https://github.com/owner/repo/issues), found "github.com/owner/repo"',
    );
    expect(() => issueTrackerUrl({ ISSUE_TRACKER_URL: "http://example.org/issues" })).toThrow(
      'expected an https address, found "http://example.org/issues"',
    );
  });
});

describe("reportProblemLink", () => {
  it("opens a new issue with the page's address filled in", () => {
    const link = reportProblemLink("https://example.org/social-cure/what-is-social-prescribing/", "https://github.com/owner/repo/issues");
    expect(link.external).toBe(true);
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe("https://github.com/owner/repo/issues/new");
    expect(url.searchParams.get("title")).toBe("Problem with the page /social-cure/what-is-social-prescribing/");
    expect(url.searchParams.get("body")).toContain("Page: https://example.org/social-cure/what-is-social-prescribing/");
  });

  it("goes to the Report a problem section on /about/ when no tracker is set", () => {
    expect(reportProblemLink("http://localhost:4321/glossary/", undefined)).toEqual({ external: false, url: REPORT_PROBLEM_SECTION });
  });
});
