import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CITATIONS_JSON, writeCitationFiles } from "../../src/integrations/citation-files.ts";
import { indexRecords } from "../../src/lib/archive-records.ts";
import { archiveCslItems, type CslItem } from "../../src/lib/article-citation.ts";
import { citationFiles } from "../../src/lib/citation-files.ts";
import { article, sampleRecords } from "./helpers/archive-records.ts";

let site: string;
const items = archiveCslItems(indexRecords(sampleRecords()));

function builtSite(citations: unknown[], pages: string[]): void {
  mkdirSync(path.join(site, "data"), { recursive: true });
  writeFileSync(path.join(site, CITATIONS_JSON), JSON.stringify(citations));
  for (const id of pages) {
    mkdirSync(path.join(site, "articles", id), { recursive: true });
    writeFileSync(path.join(site, "articles", id, "index.html"), "<!doctype html><title>page</title>");
  }
}

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), "dossier-citations-"));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe("writeCitationFiles", () => {
  it("writes each article's BibTeX, RIS and CSL-JSON beside its page, as citation-js formats its item", () => {
    expect(items.map((item) => item.id)).toContain(article.id);
    builtSite(items, items.map((item) => item.id));
    expect(writeCitationFiles(site)).toBe(3 * items.length);
    const folder = path.join(site, "articles", article.id);
    expect(readdirSync(folder).sort()).toEqual(["citation.bib", "citation.json", "citation.ris", "index.html"]);
    const expected = citationFiles(items.find((item) => item.id === article.id)!);
    expect(readFileSync(path.join(folder, "citation.bib"), "utf8")).toBe(expected.bib);
    expect(readFileSync(path.join(folder, "citation.ris"), "utf8")).toBe(expected.ris);
    expect(JSON.parse(readFileSync(path.join(folder, "citation.json"), "utf8"))[0].title).toBe(article.title);
  });

  it("names the citations file and the fix when the build did not write it", () => {
    expect(() => writeCitationFiles(site)).toThrow(/data\/citations\.json: cannot read the articles' citations .*Fix: keep src\/pages\/data\/citations\.json\.ts/);
  });

  it("refuses an id that is not one path segment, and writes nothing outside the article folders", () => {
    const escaping: CslItem = { ...items[0]!, id: "../../outside" };
    builtSite([escaping], []);
    expect(() => writeCitationFiles(site)).toThrow(/article "\.\.\/\.\.\/outside" has no page at articles\/\.\.\/\.\.\/outside\/index\.html/);
    expect(readdirSync(site)).toEqual(["data"]);
  });

  it("refuses an article whose page was not built rather than making a folder for it", () => {
    builtSite(items, []);
    expect(() => writeCitationFiles(site)).toThrow(new RegExp(`article "${items[0]!.id}" has no page .*Fix: rebuild the whole site`));
    expect(readdirSync(site)).toEqual(["data"]);
  });
});
