import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleParagraphs, builtPage, decodeHtml, withoutAttributeValues } from "../support/built-html.ts";
import { CHROMIUM_ARGS, findChromium } from "../support/chromium.ts";
import { createSiteWithoutReports, ingestFixture, leftoverTempFiles, onlyResult, runIngest, type IngestRun } from "../support/ingest.ts";
import { buildSite, type CommandResult, type TempSite } from "../support/temp-site.ts";

const HOSTILE = ingestFixture("hostile/markup-scripts-and-mdx-syntax-shown-as-text.txt");
const ARTICLE_ID = "a-press-office-said-on-wednesday-that-its-website-showed-script-alert-1-script";
const EVENT_ID = "2020-07-08-a-press-office-said-on-wednesday-that-its-website-showed";

/** The raw paragraphs as written, header and dateline off. */
function rawParagraphs(): string[] {
  return readFileSync(HOSTILE, "utf8")
    .replace(/^date 2020-07-09 TEHRAN - /, "")
    .split(/\n\n/)
    .map((p) => p.replace(/\n$/, ""))
    .filter((p) => p !== "");
}

describe("a raw text full of markup, scripts and MDX syntax", { timeout: 120_000 }, () => {
  let site: TempSite;
  let ingest: IngestRun;
  let build: CommandResult;
  let html: string;
  /** The page with quoted attribute values blanked: what remains is markup and text. */
  let markup: string;

  beforeAll(() => {
    site = createSiteWithoutReports();
    ingest = runIngest(site, ["--json", HOSTILE]);
    build = buildSite(site);
    html = build.status === 0 ? builtPage(site.root, `/articles/${ARTICLE_ID}/`) : "";
    markup = withoutAttributeValues(html);
  }, 240_000);
  afterAll(() => site?.remove());

  it("is ingested as a draft article, and the site builds without running any of it", () => {
    expect(ingest.status).toBe(0);
    const result = onlyResult(ingest);
    expect([result.status, result.output]).toEqual(["written", site.file(`content/articles/2020/${ARTICLE_ID}.mdx`)]);
    // {process.exit(1)} evaluated at build time would have ended the build with status 1.
    expect(build.status, build.output).toBe(0);
    expect(leftoverTempFiles(site.file("content"))).toEqual([]);
  });

  it("shows every paragraph of the raw text on the page exactly as written, as text and nothing else (no link, emphasis, code, table or heading)", () => {
    const paragraphs = articleParagraphs(html);
    expect(paragraphs.map((p) => p.text)).toEqual(rawParagraphs());
    for (const paragraph of paragraphs) expect(paragraph.html, `paragraph ${paragraph.number}`).not.toContain("<");
  });

  it("escapes the script and image tags instead of creating elements", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(markup).not.toContain("<script>alert");
    expect(markup).not.toMatch(/<img\b/);
    expect(markup).not.toMatch(/<div onclick/);
    expect(markup).not.toMatch(/<a href="javascript:/);
    expect(html).not.toContain('javascript:alert(3)"');
  });

  it("shows MDX expressions, import and export lines as text", () => {
    expect(html).toContain("{process.exit(1)}");
    expect(html).toContain("{globalThis.pwned = 1}");
    expect(html).toContain("import fs from &quot;node:fs&quot;");
    expect(html).toContain("export const x = 1");
    expect(html).toContain("${globalThis.pwned = 2}");
  });

  it("keeps Markdown block syntax, comments, backslashes and references literal", () => {
    expect(markup).not.toMatch(/<h[1-6]\b[^>]*>\s*heading/);
    expect(markup).not.toMatch(/<blockquote\b/);
    expect(markup).not.toMatch(/<li\b[^>]*>\s*item/);
    expect(markup).not.toMatch(/<ol\b[^>]*>\s*<li\b[^>]*>\s*item/);
    expect(markup).not.toContain("<!-- comment -->");
    const texts = articleParagraphs(html).map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "# heading",
        "> quote",
        "- item",
        "1. item",
        "<!-- comment -->",
        "Staff saved copies in C:\\temp\\new and \\\\fileserver\\share, and the notice read Tom &amp; Jerry.",
      ]),
    );
    expect(html).toContain("Tom &amp;amp; Jerry");
  });

  it("shows the markup in the headline as text too", () => {
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";
    expect(h1).not.toContain("<");
    expect(decodeHtml(h1)).toBe("A press office said on Wednesday that its website showed <script>alert(1)</script>");
    expect(markup).toContain("<title>A press office said on Wednesday that its website showed &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows the markup as text on the event page when the site has event pages", () => {
    const eventPage = path.join(site.root, "dist/events", EVENT_ID, "index.html");
    if (!existsSync(path.join(site.root, "dist/events"))) return;
    const event = withoutAttributeValues(readFileSync(eventPage, "utf8"));
    expect(event).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(event).not.toContain("<script>alert");
    expect(event).not.toMatch(/<img\b/);
  });

  it("opens in Chromium without a dialog and without running the text's code", async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(path.join(site.root, "dist/articles", ARTICLE_ID, "index.html")).href);
      await expect(page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).resolves.toBeUndefined();
      await expect(page.evaluate(() => document.querySelectorAll("main script, main img, main blockquote").length)).resolves.toBe(0);
      const text = await page.locator("#p-1").innerText();
      expect(text).toContain("<script>alert(1)</script> and <img src=x onerror=alert(1)>");
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
