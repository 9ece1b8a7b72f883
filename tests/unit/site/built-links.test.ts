import { describe, expect, it } from "vitest";
import { brokenLinks, resolveInternalLink } from "../../../src/site/built-links.ts";

describe("resolveInternalLink", () => {
  it("maps a folder link under the base to its index.html and keeps the fragment", () => {
    expect(resolveInternalLink({ page: "index.html", href: "/archive/articles/x/#p-5" }, "/archive/")).toEqual({
      file: "articles/x/index.html",
      fragment: "p-5",
    });
  });

  it("resolves a fragment-only link against the page it stands on", () => {
    expect(resolveInternalLink({ page: "articles/x/index.html", href: "#p-2" }, "/")).toEqual({
      file: "articles/x/index.html",
      fragment: "p-2",
    });
  });

  it("ignores links to other sites", () => {
    expect(resolveInternalLink({ page: "index.html", href: "https://www.tehrantimes.com/news/449831/x" }, "/")).toBeNull();
    expect(resolveInternalLink({ page: "index.html", href: "mailto:desk@example.org" }, "/")).toBeNull();
  });

  it("flags a root-relative link that forgets the base path", () => {
    expect(resolveInternalLink({ page: "index.html", href: "/search/" }, "/archive/")?.file).toBe("(outside the base /archive/)/search/");
  });
});

describe("brokenLinks", () => {
  const pages = new Map([
    [
      "index.html",
      '<a href="/articles/x/">x</a> <a href="/articles/x/#p-2">2</a> <a href="/articles/x/#p-9">9</a> <a href="/missing/">m</a> <link href="/style.css">',
    ],
    ["articles/x/index.html", '<p id="p-1"></p><p id="p-2"></p>'],
  ]);

  it("reports missing pages and missing anchors by the page that links to them", () => {
    expect(brokenLinks(pages, new Set(["style.css"]), "/")).toEqual([
      'index.html: "/articles/x/#p-9" points to #p-9, which articles/x/index.html does not have',
      'index.html: "/missing/" points to missing/index.html, which the build did not produce',
    ]);
  });
});
