import { describe, expect, it } from "vitest";
import { brokenLinks } from "../../src/site/built-links.ts";
import { BUILDS, readBuiltSite } from "../support/built-site.ts";

describe.each(BUILDS)("the links of every page of $dir", ({ dir, base }) => {
  it("all land on a file the build produced and on an anchor that page has", () => {
    const site = readBuiltSite(dir, base);
    expect(brokenLinks(site.pages, site.otherFiles, base)).toEqual([]);
  });
});
