import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { markdownToHast, mdxToHast } from "satteri";
import { describe, expect, it } from "vitest";
import { syntheticReports } from "../../../src/tools/bench/synthetic-archive.ts";
import type { ArticleFrontmatter } from "../../../src/ingest/drafting/article-draft.ts";
import { renderArticleMdx } from "../../../src/ingest/drafting/documents.ts";
import { MARKDOWN_FEATURES } from "../../../src/site/body/markdown-processor.ts";
import { mdxBody } from "../../../src/archive/mdx-source.ts";
import { readsAlikeAsMarkdown } from "../../../src/site/body/plain-mdx.ts";
import { parseRawReport } from "../../../src/ingest/raw-report/parse-raw-report.ts";
import { SEED_FILE } from "../../support/seed.ts";
import { HOSTILE_FRAGMENTS, hostileParagraph, seededRandom } from "../../support/hostile-text.ts";

const options = { features: MARKDOWN_FEATURES, position: false };
const asMarkdown = (body: string) => markdownToHast(body, options);
const asMdx = (body: string) => mdxToHast(body, options);

/** The body of the `.mdx` file the ingest command writes for a raw report. */
function ingestedBody(bytes: Uint8Array, name: string): string {
  return mdxBody(renderArticleMdx({ title: name } as ArticleFrontmatter, parseRawReport(bytes, name).paragraphs));
}

/** Every raw report among the test fixtures that the ingest command accepts, as the body it would write. */
function fixtureBodies(): { name: string; body: string }[] {
  const root = path.resolve("tests/fixtures");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".txt"));
  const bodies = [{ name: "seed", body: ingestedBody(readFileSync(SEED_FILE), "seed.txt") }];
  for (const file of files) {
    try {
      bodies.push({ name: file, body: ingestedBody(readFileSync(path.join(root, file)), file) });
    } catch {
      // A broken fixture is refused by the ingest command and never becomes an article.
    }
  }
  return bodies;
}

describe("readsAlikeAsMarkdown", () => {
  it("lets through ingested reports only where Markdown and MDX parse them to the same tree", () => {
    const bodies = [
      ...fixtureBodies(),
      ...syntheticReports(100).map((r) => ({ name: r.name, body: ingestedBody(Buffer.from(r.text), r.name) })),
    ];
    const plain = bodies.filter(({ body }) => readsAlikeAsMarkdown(body));
    for (const { name, body } of plain) expect(asMarkdown(body), name).toEqual(asMdx(body));
    // Both kinds occur: the seed goes the fast way, the hostile fixture (cut with `{}`) stays MDX.
    expect(plain.map((b) => b.name)).toContain("seed");
    expect(plain.length).toBeGreaterThan(100);
    expect(bodies.filter(({ body }) => !readsAlikeAsMarkdown(body)).map((b) => b.name)).toContain(
      path.join("ingest", "hostile", "markup-scripts-and-mdx-syntax-shown-as-text.txt"),
    );
  });

  it("never lets through a generated body that Markdown and MDX would read differently", () => {
    const random = seededRandom(20200707);
    let plain = 0;
    for (let sample = 0; sample < 3000; sample++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(random() * 3) }, () => hostileParagraph(HOSTILE_FRAGMENTS, random));
      const body = paragraphs.join("\n\n");
      if (!readsAlikeAsMarkdown(body)) continue;
      plain++;
      expect(asMarkdown(body), JSON.stringify(body)).toEqual(asMdx(body));
    }
    expect(plain).toBeGreaterThan(300);
  });

  it.each([
    ["an expression", "Assad said {1 + 1}."],
    ["the empty expression the ingest escaping cuts lines with", "www{}.sana.sy"],
    ["JSX", "The <Aside>agreement</Aside> was signed."],
    ["raw HTML", "The <b>agreement</b> was signed."],
    ["an autolink", "See <https://www.tehrantimes.com>."],
    ["an ES module line", 'import Chart from "./chart.astro"\n\nText.'],
    ["an indented line", "Text.\n\n    indented"],
  ])("turns down %s, which the two read differently", (_what, body) => {
    expect(readsAlikeAsMarkdown(body)).toBe(false);
    let mdx: unknown;
    try {
      mdx = asMdx(body);
    } catch (error) {
      mdx = error;
    }
    expect(asMarkdown(body)).not.toEqual(mdx);
  });

  it.each([
    ["an image, which Astro renders as an optimized component in MDX", "![Damascus](./damascus.jpg)"],
    ["a leading frontmatter fence, which the Markdown renderer would strip", "---\ntitle: x\n---\n\nText."],
  ])("turns down %s", (_what, body) => {
    expect(readsAlikeAsMarkdown(body)).toBe(false);
  });

  it("accepts escaped report text with quotes, dashes and references", () => {
    expect(readsAlikeAsMarkdown("\n“We agreed,” Assad said \\- on Tuesday \\-\\- \\[sic\\] &#123;x&#125; &lt;b&gt;.\n")).toBe(true);
  });
});
