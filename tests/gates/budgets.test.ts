import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import * as pagefind from "pagefind";
import { INDEX_CHUNK_SIZE } from "../../src/site/search/pagefind-integration.ts";
import { readBuiltSite } from "../support/built-site.ts";

/** Gzipped kilobytes a reader downloads; budgets keep pages light as the archive grows. */
const BUDGET_KB = { articleHtml: 16, css: 12, searchJs: 10, indexChunk: 8 };
/** Gzipped kilobytes of one drawing, by the id its figure has on every page (src/components/figures/). */
const FIGURE_BUDGET_KB = { "map-figure": 30, "timeline-figure": 15, "network-figure": 15 };

const site = readBuiltSite("dist", "/");
const gzKb = (bytes: Buffer | string) => gzipSync(bytes).length / 1024;
const assetsOf = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).filter((href) => href.startsWith("/"));
const fileKb = (href: string) => gzKb(readFileSync(path.join(site.dir, href)));
const ARTICLE = "articles/syrian-president-says-tehran-damascus-military-agreement-is-result/index.html";

describe("size budgets", () => {
  it(`keeps the article page's HTML under ${BUDGET_KB.articleHtml} KB gzipped`, () => {
    expect(gzKb(site.pages.get(ARTICLE)!)).toBeLessThan(BUDGET_KB.articleHtml);
  });

  it(`keeps the CSS any page loads under ${BUDGET_KB.css} KB gzipped`, () => {
    const stylesheets = new Set(
      [...site.pages.values()].flatMap((html) => assetsOf(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    );
    expect(stylesheets.size).toBeGreaterThan(0);
    const total = [...stylesheets].reduce((sum, href) => sum + fileKb(href), 0);
    expect(total).toBeLessThan(BUDGET_KB.css);
  });

  it("keeps every drawing of every page within its budget: maps 30 KB with their shared backdrop, timelines and networks 15 KB gzipped", () => {
    const drawn = new Map<string, number>();
    const over: string[] = [];
    for (const [page, html] of site.pages) {
      for (const [figure, id] of html.matchAll(/<figure class="figure" id="([\w-]+)"[\s\S]*?<\/figure>/g)) {
        const budget = FIGURE_BUDGET_KB[id as keyof typeof FIGURE_BUDGET_KB];
        expect(budget, `${page}: a figure #${id} without a budget`).toBeDefined();
        drawn.set(id!, (drawn.get(id!) ?? 0) + 1);
        // A map's land and borders stand in a shared file its `<use>` draws: the reader downloads both.
        const shared = [...new Set([...figure.matchAll(/<use\b[^>]*href="([^"#]+)/g)].map((m) => m[1]!))];
        const kb = gzKb(figure) + shared.reduce((sum, href) => sum + fileKb(href), 0);
        if (kb > budget) over.push(`${page} #${id}: ${kb.toFixed(1)} KB`);
      }
    }
    expect([...drawn.keys()].sort()).toEqual(Object.keys(FIGURE_BUDGET_KB).sort());
    expect(over).toEqual([]);
  });

  it("ships no JavaScript on the article page", () => {
    expect(site.pages.get(ARTICLE)!).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  });

  it(`keeps the search page's own JavaScript under ${BUDGET_KB.searchJs} KB gzipped`, () => {
    const scripts = assetsOf(site.pages.get("search/index.html")!, /<script[^>]+src="([^"]+)"/g);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.reduce((sum, href) => sum + fileKb(href), 0)).toBeLessThan(BUDGET_KB.searchJs);
  });

  it(`splits the search index into chunks of at most ${BUDGET_KB.indexChunk} KB, so each search downloads only a few KB of it`, async () => {
    // Pagefind writes its chunks already gzipped. The built site's own text is smaller than one chunk, so the check
    // indexes 30,000 distinct words with the integration's setting (src/site/search/pagefind-integration.ts): at
    // Pagefind's default they make 5 chunks, at Dossier's setting 36. Pagefind
    // calls the setting unstable; this fails if it stops honouring it.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
    const out = mkdtempSync(path.join(tmpdir(), "dossier-chunks-"));
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: "en" });
      const words = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`);
      for (let page = 0; page < 10; page++) {
        await index!.addCustomRecord({
          url: `/p${page}/`,
          content: words.slice(page * 3000, page * 3000 + 3000).join(" "),
          language: "en",
        });
      }
      await index!.writeFiles({ outputPath: out });
      const dir = path.join(out, "index");
      const chunks = readdirSync(dir).map((name) => statSync(path.join(dir, name)).size / 1024);
      expect(chunks.length).toBeGreaterThan(20);
      expect(Math.max(...chunks)).toBeLessThanOrEqual(BUDGET_KB.indexChunk);
    } finally {
      await pagefind.close();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it(`keeps the built site's index chunks under ${BUDGET_KB.indexChunk} KB`, () => {
    const dir = path.join(site.dir, "pagefind/index");
    const chunks = readdirSync(dir).map((name) => statSync(path.join(dir, name)).size / 1024);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(BUDGET_KB.indexChunk);
  });
});
