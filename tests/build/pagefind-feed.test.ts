import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, createTempSite, type TempSite } from "../support/temp-site.ts";

/** Every indexed page's address and words, read from the fragments of a built index. */
function indexedPages(dist: string): Map<string, string> {
  const dir = path.join(dist, "pagefind/fragment");
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(path.join(dir, file)))
        .subarray("pagefind_dcd".length)
        .toString("utf8"),
    ) as {
      url: string;
      content: string;
    };
    pages.set(fragment.url, fragment.content);
  }
  return pages;
}

function htmlPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true, encoding: "utf8" }) as string[]).filter((file) => file.endsWith(".html"));
}

const sites: TempSite[] = [];
afterAll(() => sites.forEach((site) => site.remove()));

describe("pages are indexed as they are rendered", () => {
  it("gives Pagefind every page of the build while rendering, and the index holds each page's words", () => {
    const site = createTempSite();
    sites.push(site);
    const { status, output } = buildSite(site);
    expect(status, output.slice(-2000)).toBe(0);
    expect(output).toMatch(/indexed \d+ pages as they were rendered into dist\/pagefind/);
    expect(output).not.toMatch(/indexing the built folder instead/);
    const dist = site.file("dist");
    const pages = indexedPages(dist);
    // Each page with a body to index is in the index under its address (a page of two identical ones is one fragment).
    const withBody = htmlPages(dist).filter((file) => readFileSync(path.join(dist, file), "utf8").includes("data-pagefind-body"));
    expect(withBody.length).toBeGreaterThan(10);
    for (const file of withBody) expect(pages.has(`/${file.replace(/(^|\/)index\.html$/, "$1")}`), file).toBe(true);
    const seed = [...pages].find(([url]) => url.startsWith("/articles/"));
    expect(seed?.[1]).toMatch(/Damascus/);
  }, 180_000);

  it("reads the built folder instead when a page of the build was not rendered by Astro", () => {
    const site = createTempSite();
    sites.push(site);
    // A page copied from public/ is in the build but never rendered: the feed cannot have seen it.
    writeFileSync(
      site.file("public/kept-note.html"),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kept note</title></head><body><main data-pagefind-body><p>A zanzibarite note kept by hand.</p></main></body></html>\n',
    );
    const { status, output } = buildSite(site);
    expect(status, output.slice(-2000)).toBe(0);
    expect(output).toMatch(/were not every page of the build \(kept-note\.html missing\); indexing the built folder instead/);
    expect(output).toMatch(/indexed \d+ pages into dist\/pagefind/);
    const pages = indexedPages(site.file("dist"));
    expect(pages.get("/kept-note.html")).toMatch(/zanzibarite/);
    expect([...pages.keys()].some((url) => url.startsWith("/articles/"))).toBe(true);
  }, 180_000);
});
