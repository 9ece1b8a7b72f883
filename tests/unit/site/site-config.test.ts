import { describe, expect, it } from "vitest";
import { siteConfig } from "../../../src/site/site-config.ts";

describe("siteConfig", () => {
  it("defaults to a local preview at the root", () => {
    expect(siteConfig({})).toEqual({ site: "http://localhost:4321", base: "/", contentDir: "content", searchShards: [], lockTimeoutS: 60 });
  });

  it("normalises BASE_PATH to a folder with leading and trailing slashes", () => {
    expect(siteConfig({ SITE_URL: "https://archive.example.org/", BASE_PATH: "archive" })).toMatchObject({
      site: "https://archive.example.org",
      base: "/archive/",
    });
    expect(siteConfig({ BASE_PATH: "/a/b/" }).base).toBe("/a/b/");
  });

  it("explains a SITE_URL that is not absolute", () => {
    expect(() => siteConfig({ SITE_URL: "archive.example.org" })).toThrow(
      'SITE_URL="archive.example.org" is not an absolute URL; set it like SITE_URL=https://archive.example.org',
    );
  });

  it("lists the sibling shards to search, without the build's own base", () => {
    expect(siteConfig({ BASE_PATH: "/2020/", SEARCH_SHARDS: "2019, /2020/ ,/2021" }).searchShards).toEqual(["/2019/", "/2021/"]);
  });

  it("explains a shard that is not a folder path", () => {
    expect(() => siteConfig({ SEARCH_SHARDS: "/2019/?x" })).toThrow(
      'SEARCH_SHARDS="/2019/?x" must be a plain folder path; set it like SEARCH_SHARDS=/archive/',
    );
  });
});
