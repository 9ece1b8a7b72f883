import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decode } from "cbor2";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";

import { leanFiles, pageId, writeBundle, writeLeanBundle, type BundleFile } from "../../../src/site/search/lean-bundle.ts";
import { PAGE_TABLE, type DateTable, type PageTable } from "../../../src/site/search/page-table.ts";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const page = ([title, text, date, type, lang = "en"]: Page, sorted = false) =>
  `<html lang="${lang}"><body><main data-pagefind-body${sorted ? ` data-pagefind-sort="date:${date}"` : ""}><span hidden data-pagefind-filter="type:${type}"></span>${date ? `<span hidden data-pagefind-meta="date:${date}"></span>` : ""}<h1 data-pagefind-meta="title">${title}</h1><p>${text}</p></main></body></html>`;

type Page = [title: string, text: string, date: string, type: string, lang?: string];

/** A real Pagefind bundle of a few pages, two of them identical, as Pagefind hands it over (in memory). */
async function bundle(pages: Page[], sorted = false, languages = false): Promise<BundleFile[]> {
  try {
    const { index } = await pagefind.createIndex(languages ? {} : { forceLanguage: "en" });
    for (const [i, record] of pages.entries()) {
      await index!.addHTMLFile({ url: `/p${i}/`, content: page(record, sorted) });
    }
    const { files, errors } = await index!.getFiles();
    expect(errors).toEqual([]);
    return files;
  } finally {
    await pagefind.close();
  }
}

/** A bundle's files written to a new temporary folder. */
function written(files: readonly BundleFile[]): string {
  const out = mkdtempSync(path.join(tmpdir(), "dossier-lean-ids-"));
  folders.push(out);
  writeBundle(out, files);
  return out;
}

/** A bundle made lean and written, with the report. */
function lean(files: readonly BundleFile[]) {
  const { files: leaned, report } = leanFiles(files);
  return { dir: written(leaned), report };
}

interface Metadata {
  hash: string;
  file: string;
  items: unknown[];
  pages: [string, number, ...unknown[]][];
}

function metadata(dir: string): Metadata {
  const entry = JSON.parse(readFileSync(path.join(dir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { hash: string }>;
  };
  const hash = entry.languages.en!.hash;
  const file = path.join(dir, `pagefind.${hash}.pf_meta`);
  const raw = gunzipSync(readFileSync(file));
  expect(raw.subarray(0, 12).toString("latin1")).toBe("pagefind_dcd");
  const items = decode(raw.subarray(12)) as unknown[];
  return { hash, file, items, pages: items[1] as Metadata["pages"] };
}

const PAGES: Page[] = [
  ["Signing in Damascus", "Bagheri and Ayyoub signed a military agreement in Damascus.", "2020-07-08", "Article"],
  ["Arrival", "The chief of staff arrived in Damascus on Tuesday.", "2020-07-07", "Article"],
  ["Statement", "The spokesman said the talks went well.", "2020-07-10", "Event"],
  ["Mohammad Bagheri", "Chief of staff of the armed forces of Iran.", "", "Person"],
];

const json = <T>(dir: string, name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as T;

describe("numbered page ids in Pagefind's metadata", () => {
  it("gives each page a short numbered id, renames its fragment to match and keeps everything else", async () => {
    const files = await bundle(PAGES);
    const original = written(files);
    const before = metadata(original);
    const fragment = (dir: string, id: string) => readFileSync(path.join(dir, "fragment", `${id}.pf_fragment`));
    const { dir, report } = lean(files);
    const after = metadata(dir);

    expect(report.pages).toBe(4);
    expect(report.before).toBe(readFileSync(before.file).length);
    expect(report.after).toBe(readFileSync(after.file).length);
    expect(after.hash).not.toBe(before.hash);
    expect(readdirSync(dir)).not.toContain(path.basename(before.file));
    const ids = after.pages.map(([id]) => id);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{1,7}$/);
    // Consecutive pages get consecutive numbers.
    expect(ids.map((id) => parseInt(id, 36) - parseInt(ids[0]!, 36))).toEqual([0, 1, 2, 3]);
    expect(readdirSync(path.join(dir, "fragment")).sort()).toEqual(ids.map((id) => `${id}.pf_fragment`).sort());
    // A renamed fragment is the page it was: the fragment Pagefind made for that page, byte for byte.
    expect(after.pages.map(([id]) => fragment(dir, id))).toEqual(before.pages.map(([hash]) => fragment(original, hash)));
    expect(after.pages.map(([, words, ...rest]) => [words, ...rest])).toEqual(before.pages.map(([, words, ...rest]) => [words, ...rest]));
    expect(after.items.slice(2)).toEqual(before.items.slice(2));
    // Every other file of the bundle is written as Pagefind made it.
    const renamed = (name: string) =>
      name.startsWith("fragment/") || /^pagefind\..*\.pf_meta$/.test(name) || name === "pagefind-entry.json";
    for (const file of files.filter((f) => !renamed(f.path))) {
      expect(readFileSync(path.join(dir, ...file.path.split("/")))).toEqual(Buffer.from(file.content));
    }
  });

  it("writes the lean bundle of what Pagefind hands over", async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: "en" });
    try {
      for (const [i, record] of PAGES.entries()) await index!.addHTMLFile({ url: `/p${i}/`, content: page(record) });
      const out = mkdtempSync(path.join(tmpdir(), "dossier-lean-ids-"));
      folders.push(out);
      const { files } = await index!.getFiles();
      const report = writeLeanBundle(files, path.join(out, "pagefind"));
      expect(report.pages).toBe(4);
      const expected = lean(files).dir;
      const list = (dir: string) => (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).sort();
      expect(list(path.join(out, "pagefind"))).toEqual(list(expected));
      for (const file of list(expected).filter((f) => f.includes("."))) {
        expect(readFileSync(path.join(out, "pagefind", file))).toEqual(readFileSync(path.join(expected, file)));
      }
    } finally {
      await pagefind.close();
    }
  });

  it("empties the folder it writes into, so no fragment of an earlier build is left", async () => {
    const dir = written(await bundle(PAGES));
    const stale = readdirSync(path.join(dir, "fragment"));
    writeBundle(dir, leanFiles(await bundle(PAGES.slice(0, 2))).files);
    const left = readdirSync(path.join(dir, "fragment"));
    expect(left).toHaveLength(2);
    for (const name of stale) expect(left).not.toContain(name);
  });

  it("draws the first id from the index's content: the same site gets the same ids, another site others", async () => {
    const once = lean(await bundle(PAGES)).dir;
    const again = lean(await bundle(PAGES)).dir;
    const other = lean(await bundle([...PAGES, ["Funeral", "Thousands attended the funeral in Tehran.", "2020-07-12", "Event"]])).dir;
    const first = (dir: string) => metadata(dir).pages[0]![0];
    expect(first(again)).toBe(first(once));
    expect(readFileSync(metadata(again).file)).toEqual(readFileSync(metadata(once).file));
    expect(first(other)).not.toBe(first(once));
  });

  it("gives pages that share one fragment in Pagefind's output one id", async () => {
    const files = await bundle([PAGES[0]!, PAGES[0]!, PAGES[1]!]);
    const before = metadata(written(files));
    const { dir } = lean(files);
    const ids = metadata(dir).pages.map(([id]) => id);
    const sharedBefore = before.pages[0]![0] === before.pages[1]![0];
    expect(ids[0] === ids[1]).toBe(sharedBefore);
    expect(readdirSync(path.join(dir, "fragment"))).toHaveLength(new Set(ids).size);
  });

  it("refuses, naming the file, a metadata file that lists a fragment that is not there", async () => {
    const files = await bundle(PAGES);
    const { pages } = metadata(written(files));
    const without = files.filter((file) => file.path !== `fragment/${pages[1]![0]}.pf_fragment`);
    expect(without).toHaveLength(files.length - 1);
    expect(() => leanFiles(without)).toThrow(
      /pagefind\.en_[0-9a-f]+\.pf_meta: page 1 names fragment en_[0-9a-f]+, which is not in fragment\//,
    );
  });

  it("refuses a metadata file that is not Pagefind's", async () => {
    const files = await bundle(PAGES);
    const broken = files.map((file) =>
      /\.pf_meta$/.test(file.path)
        ? { ...file, content: new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }
        : file,
    );
    expect(() => leanFiles(broken)).toThrow(/does not start with pagefind_dcd/);
  });

  it("refuses a bundle without Pagefind's entry file", async () => {
    const files = (await bundle(PAGES)).filter((file) => file.path !== "pagefind-entry.json");
    expect(() => leanFiles(files)).toThrow(/pagefind-entry\.json: is missing/);
  });

  it("writes ids in lower-case letters and digits", () => {
    expect(pageId(35, 0)).toBe("z");
    expect(pageId(35, 1)).toBe("10");
  });
});

describe("the page table and the date table beside the index", () => {
  it("give every page's kind and day in page order, from the first id on", async () => {
    const { dir } = lean(await bundle(PAGES));
    const { pages } = metadata(dir);
    const tables = json<PageTable[]>(dir, PAGE_TABLE);
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.first).toBe(parseInt(pages[0]![0], 36));
    // Pagefind keeps the pages in the order they were added; the table's runs follow that order.
    const urls = pages.map(([id]) => {
      const fragment = gunzipSync(readFileSync(path.join(dir, "fragment", `${id}.pf_fragment`))).subarray(12);
      return (JSON.parse(fragment.toString("utf8")) as { url: string }).url;
    });
    const record = (url: string) => PAGES[Number(/\/p(\d+)\//.exec(url)![1])]!;
    const expected: [string, number][] = [];
    for (const url of urls) {
      const type = record(url)[3];
      if (expected.at(-1)?.[0] === type) expected.at(-1)![1]++;
      else expected.push([type, 1]);
    }
    expect(table.kinds).toEqual(expected);
    expect(table.dates).toMatch(/^dates\.[0-9a-f]{10}\.json$/);
    const dates = json<DateTable>(dir, table.dates);
    expect(dates.first).toBe(table.first);
    const day = (date: string) =>
      date ? Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000 : null;
    expect(dates.days).toEqual(urls.map((url) => day(record(url)[2])));
  });

  it("refuses an index that keeps Pagefind's own date order, which the date table replaces", async () => {
    const files = await bundle(PAGES, true);
    expect(() => leanFiles(files)).toThrow(/keeps a sort order, which the date table replaces: remove data-pagefind-sort/);
  });

  it("gives each language's index its own table, with numbers that do not meet", async () => {
    const { dir } = lean(
      await bundle(
        [
          ...PAGES,
          ["امضای توافق", "باقری و ایوب توافق نظامی را در دمشق امضا کردند.", "2020-07-08", "Article", "fa"],
          ["توقيع الاتفاق", "وقع باقري وأيوب اتفاقا عسكريا في دمشق.", "2020-07-08", "Article", "ar"],
          ["وصول", "وصل رئيس الأركان إلى دمشق.", "2020-07-07", "Event", "ar"],
        ],
        false,
        true,
      ),
    );
    const tables = json<PageTable[]>(dir, PAGE_TABLE);
    expect(tables.map((table) => table.kinds.reduce((sum, [, pages]) => sum + pages, 0)).sort()).toEqual([1, 2, 4]);
    const ranges = tables.map((table) => [table.first, table.first + table.kinds.reduce((sum, [, pages]) => sum + pages, 0)] as const);
    for (const [i, [start, end]] of ranges.entries()) {
      for (const [otherStart, otherEnd] of ranges.slice(i + 1)) expect(start < otherEnd && otherStart < end).toBe(false);
    }
    expect(readdirSync(path.join(dir, "fragment"))).toHaveLength(7);
    for (const table of tables) expect(json<DateTable>(dir, table.dates).first).toBe(table.first);
  });
});
