import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mdxBody } from "../../src/archive/mdx-source.ts";
import { unescapeMdxParagraph } from "../../src/ingest/mdx-escape.ts";
import { buildWacz, buildWarc, flipByte, truncated } from "../../src/tools/captures/build-captures.ts";
import { createTempArchive, runIngest, snapshotTree, splitMdx, type IngestResultJson, type TempArchive } from "../support/ingest.ts";
import { REPO_ROOT } from "../support/temp-site.ts";

const FIXTURES = path.join(REPO_ROOT, "tests/fixtures/captures");
const VERIFY = path.join(REPO_ROOT, "src/ingest/verify/verify-cli.ts");

interface KeyEntry {
  file: string;
  item?: number;
  headline?: string;
  published?: string;
  url?: string;
  publisher?: string;
  authors?: string[];
  paragraphs?: string[];
  error?: string;
  needs_published?: boolean;
}
const key = parse(readFileSync(path.join(FIXTURES, "key.yaml"), "utf8")) as { pages: KeyEntry[]; bad: KeyEntry[]; feeds: KeyEntry[] };
const articlePages = key.pages.filter((page) => !page.needs_published);
const URLS: Record<string, string> = Object.fromEntries(articlePages.map((page) => [page.file, page.url!]));

function article(result: IngestResultJson) {
  const text = readFileSync(result.output!, "utf8");
  const frontmatter = parse(splitMdx(text).frontmatter) as {
    title: string;
    datelineText?: string;
    published: string | Date;
    source: Record<string, unknown> & {
      url?: string;
      publisherName?: string;
      authors?: string[];
      sha256: string;
      original?: { file: string; kind: string };
    };
  };
  const published = frontmatter.published instanceof Date ? frontmatter.published.toISOString().slice(0, 10) : frontmatter.published;
  const paragraphs = mdxBody(text)
    .split(/\n{2,}/)
    .map(unescapeMdxParagraph);
  return { ...frontmatter, published, paragraphs };
}

const results = (args: string[], root: string) => {
  const run = runIngest(root, ["--content", "content", "--json", ...args]);
  return { run, results: run.json?.results ?? [], captures: (run.json as { captures?: Record<string, unknown>[] } | null)?.captures ?? [] };
};

function verify(args: string[], cwd: string) {
  return spawnSync(process.execPath, [VERIFY, ...args], { cwd, encoding: "utf8" });
}

describe("saved web pages", { timeout: 120_000 }, () => {
  let archive: TempArchive;
  beforeAll(() => (archive = createTempArchive()));
  afterAll(() => archive.remove());

  it.each(articlePages.map((page) => [page.file, page] as const))(
    "%s ingests with its headline, day, address, publisher, authors and exactly its paragraphs",
    (file, page) => {
      const {
        results: [result],
      } = results([path.join(FIXTURES, file)], archive.root);
      expect(result, result?.error ?? "").toMatchObject({ ok: true, status: "written" });
      const written = article(result!);
      expect(written.title).toBe(page.headline);
      expect(written.published).toBe(page.published);
      expect(written.source.url).toBe(page.url);
      expect(written.source.publisherName).toBe(page.publisher);
      expect(written.source.authors ?? []).toEqual(page.authors ?? []);
      // The dateline the first paragraph opens with is read off it into datelineText, as for a raw text.
      expect([written.datelineText, written.paragraphs.join("\n")].filter(Boolean).join(" ")).toBe(page.paragraphs!.join("\n"));
    },
  );

  it("writes nothing when a saved page is ingested again", () => {
    const before = snapshotTree(archive.content);
    const again = results([path.join(FIXTURES, articlePages[0]!.file)], archive.root).results[0]!;
    expect(again.status).toBe("exists");
    expect(snapshotTree(archive.content)).toEqual(before);
  });

  it("refuses a page that gives no day unless --published gives it", () => {
    const noDate = key.pages.find((page) => page.needs_published)!;
    const refused = results([path.join(FIXTURES, noDate.file)], archive.root).results[0]!;
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain(`${path.join(FIXTURES, noDate.file)}: the page gives no publication date`);
    const given = results(["--published", "2020-07-09", path.join(FIXTURES, noDate.file)], archive.root).results[0]!;
    expect(given).toMatchObject({ ok: true, status: "written", published: "2020-07-09" });
    expect(article(given).title).toBe(noDate.headline);
  });

  it.each(key.bad.filter((entry) => entry.error).map((entry) => [entry.file, entry.error!] as const))(
    "refuses %s, naming it (%s)",
    (file, error) => {
      const before = snapshotTree(archive.content);
      const result = results([path.join(FIXTURES, file)], archive.root).results[0]!;
      expect(result.ok).toBe(false);
      expect(result.error).toContain(path.join(FIXTURES, file));
      expect(result.error!.toLowerCase()).toContain(error.toLowerCase());
      expect(snapshotTree(archive.content)).toEqual(before);
    },
  );

  it("never publishes a javascript: address from a page's metadata", () => {
    const text = readFileSync(path.join(FIXTURES, "pages/time-only.html"), "utf8");
    expect(text).toContain("javascript:");
    const all = results([path.join(FIXTURES, "pages/time-only.html")], archive.root).results[0]!;
    expect(readFileSync(all.output!, "utf8")).not.toMatch(/javascript:|data:/i);
  });
});

describe("a WARC and a WACZ of the same pages", { timeout: 180_000 }, () => {
  let pageArchive: TempArchive;
  let warcArchive: TempArchive;
  let waczArchive: TempArchive;
  let warcFile: string;
  let waczFile: string;
  beforeAll(async () => {
    [pageArchive, warcArchive, waczArchive] = [createTempArchive(), createTempArchive(), createTempArchive()];
    const pages = articlePages.map((page, i) => ({
      url: page.url!,
      date: `2020-07-1${i}T08:00:00Z`,
      html: readFileSync(path.join(FIXTURES, page.file)),
    }));
    const warc = await buildWarc(pages, { gzip: true, extras: true });
    warcFile = warcArchive.file("visit.warc.gz");
    writeFileSync(warcFile, warc);
    waczFile = waczArchive.file("visit.wacz");
    writeFileSync(
      waczFile,
      buildWacz(
        warc,
        pages.map((page) => ({ url: page.url, ts: page.date, title: page.url })),
      ),
    );
  });
  afterAll(() => [pageArchive, warcArchive, waczArchive].forEach((archive) => archive.remove()));

  it("gives the same articles as the saved pages, with the capture recorded, and counts what it skipped", () => {
    const fromPages = results(
      articlePages.map((page) => path.join(FIXTURES, page.file)),
      pageArchive.root,
    ).results.map(article);
    const warc = results([warcFile], warcArchive.root);
    expect(warc.run.status, warc.run.stderr).toBe(0);
    expect(warc.results).toHaveLength(articlePages.length);
    const fromWarc = warc.results.map(article);
    for (const [i, page] of fromPages.entries()) {
      const captured = fromWarc[i]!;
      expect({ title: captured.title, published: captured.published, url: captured.source.url, paragraphs: captured.paragraphs }).toEqual({
        title: page.title,
        published: page.published,
        url: page.source.url,
        paragraphs: page.paragraphs,
      });
      expect(captured.source.sha256).toBe(page.source.sha256);
      expect(captured.source.capture).toMatchObject({
        uri: URLS[articlePages[i]!.file],
        capturedAt: expect.stringMatching(/^2020-07-1\dT08:00:00/),
        recordId: expect.stringMatching(/^<urn:uuid:/),
        payloadDigest: expect.stringMatching(/^sha(?:1|256):/),
        tool: expect.stringContaining("ArchiveWeb.page"),
      });
      expect(captured.source.original).toMatchObject({ kind: "warc", file: expect.stringMatching(/^originals\/[0-9a-f]{64}\.warc\.gz$/) });
    }
    expect(warc.captures[0]).toMatchObject({ reports: articlePages.length, failed: 0 });
    const skipped = warc.captures[0]!.skipped as Record<string, number>;
    expect(skipped).toMatchObject({ "image/png": 1, "HTTP 301": 1, "HTTP 404": 1, request: articlePages.length });
  });

  it("writes nothing when the same capture is ingested again", () => {
    const before = snapshotTree(warcArchive.content);
    const again = results([warcFile], warcArchive.root).results;
    expect(again.map((result) => result.status)).toEqual(articlePages.map(() => "exists"));
    expect(snapshotTree(warcArchive.content)).toEqual(before);
  });

  it("reads a WACZ to the same articles, and refuses one without its pages list", () => {
    const wacz = results([waczFile], waczArchive.root);
    expect(wacz.results.map((result) => result.status)).toEqual(articlePages.map(() => "written"));
    const warcTitles = results([warcFile], warcArchive.root).results.map((result) => article(result).title);
    expect(wacz.results.map((result) => article(result).title)).toEqual(warcTitles);
    expect(article(wacz.results[0]!).source.original).toMatchObject({ kind: "wacz" });
    const before = snapshotTree(waczArchive.content);
    expect(results([waczFile], waczArchive.root).results.map((result) => result.status)).toEqual(articlePages.map(() => "exists"));
    expect(snapshotTree(waczArchive.content)).toEqual(before);
    const broken = waczArchive.file("no-pages.wacz");
    writeFileSync(broken, buildWacz(readFileSync(warcFile), [], { withoutPages: true }));
    const refused = results([broken], waczArchive.root).results[0]!;
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain(`${broken}: the WACZ has no pages list`);
  });

  it.each([true, false])("ingests the records before a truncation and names the damaged file (gzip: %s)", async (gzip) => {
    const archive = createTempArchive();
    try {
      const cut = archive.file(gzip ? "cut.warc.gz" : "cut.warc");
      const pages = articlePages.map((page) => ({
        url: page.url!,
        date: "2020-07-10T08:00:00Z",
        html: readFileSync(path.join(FIXTURES, page.file)),
      }));
      const whole = await buildWarc(pages, { gzip, extras: true });
      writeFileSync(cut, gzip ? truncated(whole) : whole.subarray(0, Math.floor(whole.length * 0.6)));
      const run = results([cut], archive.root);
      const failure = run.results.find((result) => !result.ok);
      expect(failure?.error).toContain(`${cut}: the capture is truncated or corrupt`);
      expect(run.results.filter((result) => result.ok).length).toBeGreaterThan(0);
    } finally {
      archive.remove();
    }
  });

  it("verifies: every hash recomputed from the stored original matches, and a flipped byte is named", () => {
    const ok = verify(["--content", "content"], warcArchive.root);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`${articlePages.length} reports recomputed from their stored originals`);
    const stored = path.join(
      warcArchive.content,
      article(results([warcFile], warcArchive.root).results[0]!).source.original!.file as string,
    );
    const bytes = readFileSync(stored);
    writeFileSync(stored, flipByte(bytes, Math.floor(bytes.length / 2)));
    const failed = verify(["--content", "content"], warcArchive.root);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain(`✗ ${path.relative(warcArchive.root, stored)}: its sha256 is`);
    writeFileSync(stored, bytes);
  });
});

describe("feeds", { timeout: 120_000 }, () => {
  let archive: TempArchive;
  beforeAll(() => (archive = createTempArchive()));
  afterAll(() => archive.remove());

  it.each(["feeds/rss.xml", "feeds/atom.xml"])(
    "%s: each item with the article's text is a report; an item without is refused by name",
    (file) => {
      const run = results([path.join(FIXTURES, file)], archive.root);
      const expected = key.feeds.filter((entry) => entry.file === file);
      expect(run.results).toHaveLength(expected.length);
      for (const [i, entry] of expected.entries()) {
        const result = run.results[i]!;
        if (entry.error) {
          expect(result.ok).toBe(false);
          expect(result.error).toContain(`${path.join(FIXTURES, file)}#item-${entry.item}`);
          continue;
        }
        expect(result, result.error ?? "").toMatchObject({ ok: true, published: entry.published });
        const written = article(result);
        expect(written.title).toBe(entry.headline);
        expect(written.source.url).toBe(entry.url);
        expect(written.paragraphs.join("\n")).toBe(entry.paragraphs!.join("\n"));
      }
    },
  );

  it("refuses a file that is not a feed, naming it", () => {
    const result = results([path.join(FIXTURES, "feeds/not-a-feed.xml")], archive.root).results[0]!;
    expect(result.ok).toBe(false);
    expect(result.error).toContain(path.join(FIXTURES, "feeds/not-a-feed.xml"));
  });
});
