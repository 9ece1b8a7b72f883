import { describe, expect, it } from "vitest";
import { absoluteLinks, siteLinks } from "../../../src/site/links.ts";

describe("siteLinks", () => {
  const links = siteLinks("/archive/");

  it("writes every address of the site under its folder", () => {
    expect(links.home).toBe("/archive/");
    expect(links.article("syrian-president-says")).toBe("/archive/articles/syrian-president-says/");
    expect(links.article("syrian-president-says", 14)).toBe("/archive/articles/syrian-president-says/#p-14");
    expect(links.entity("people", "mohammad-bagheri")).toBe("/archive/people/mohammad-bagheri/");
    expect(links.event("2020-07-08-signing")).toBe("/archive/events/2020-07-08-signing/");
    expect(links.timeline()).toBe("/archive/timeline/");
    expect(links.timeline("2020/07")).toBe("/archive/timeline/2020/07/");
    expect(links.page("search/")).toBe("/archive/search/");
  });

  it("continues an index on page/N/, never on an entry's own address", () => {
    expect(links.directory("places", 1)).toBe("/archive/places/");
    expect(links.directory("events", 3)).toBe("/archive/events/page/3/");
  });

  it("hands out one set of links per folder", () => {
    expect(siteLinks("/archive/")).toBe(links);
    expect(siteLinks("/").article("a")).toBe("/articles/a/");
  });
});

describe("absoluteLinks", () => {
  it("puts the origin before the same addresses", () => {
    const links = absoluteLinks(new URL("https://archive.example.org"), "/archive/");
    expect(links.home).toBe("https://archive.example.org/archive/");
    expect(links.article("a", 2)).toBe("https://archive.example.org/archive/articles/a/#p-2");
    expect(links.entity("organizations", "fars")).toBe("https://archive.example.org/archive/organizations/fars/");
  });

  it("falls back to the development origin when the build names none", () => {
    expect(absoluteLinks(undefined, "/").event("x")).toBe("http://localhost:4321/events/x/");
  });
});
