import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readFile, rename } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip, gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cbor2";

import { dayNumber, PAGE_TABLE, type DateTable, type PageTable } from "./page-table.ts";
import { SEARCH_FILTER } from "./search-state.ts";

/**
 * Leaner searches on a large archive. Pagefind's page metadata (`pagefind.<hash>.pf_meta`), which every first
 * search downloads whole, gives each indexed page the content hash of its fragment ("en_3e681f6"): at 10,000
 * reports that is 19,000 random strings, about 100 KB of the 170 KB file once compressed. Numbered ids ("b4kq0",
 * "b4kq1", …) compress to a third of that. The numbers start at an offset drawn from the index's own content, so
 * two builds of different content use different names, as content hashes did: a browser or a host that kept an
 * earlier build's fragment never serves it for a page of this one, and shards searched together do not share one.
 *
 * Because an id is now a page number, the kind and the day of every page can be written in page order beside the
 * index (`pages.json`, `dates.<hash>.json`, see `page-table.ts`): the search page orders a name's results by kind
 * across all of them, and sorts by date across shards, without downloading a fragment per result. The date order
 * Pagefind would keep in the metadata (another 44 KB there at 10,000 reports) is therefore not asked of it.
 *
 * The metadata is Pagefind's documented format: the file is gzipped, starts with `pagefind_dcd` and holds one CBOR
 * array whose second item lists the pages, each an array that starts with its fragment hash; a fragment is gzipped
 * JSON behind the same signature. The fragments are renamed to match; nothing else names them (word and filter
 * indexes refer to pages by number).
 */

const SIGNATURE = "pagefind_dcd";
const gunzipAsync = promisify(gunzip);
const ID_BASE = 36;
/** Six base-36 digits: room for an offset of about two billion, so two builds' ranges rarely meet. */
const OFFSET_RANGE = ID_BASE ** 6;

interface Entry {
  languages: Record<string, { hash: string; page_count: number }>;
}

interface Fragment {
  meta?: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

export interface LeanBundleReport {
  pages: number;
  /** Bytes of the compressed metadata before and after. */
  before: number;
  after: number;
}

function fail(file: string, problem: string): never {
  throw new Error(`${file}: ${problem}. Pagefind's output is not in the format this build expects (Pagefind 1.x).`);
}

/** The first id of an index: from its metadata's content, so it changes whenever the index does. */
export function idOffset(metadata: Uint8Array): number {
  return Number(BigInt(`0x${createHash("sha256").update(metadata).digest("hex").slice(0, 15)}`) % BigInt(OFFSET_RANGE));
}

/** Page `n` of an index whose ids start at `offset`: lower-case letters and digits, safe on any file system. */
export function pageId(offset: number, n: number): string {
  return (offset + n).toString(ID_BASE);
}

function unsigned(file: string, raw: Buffer): Buffer {
  if (raw.subarray(0, SIGNATURE.length).toString("latin1") !== SIGNATURE) fail(file, `does not start with ${SIGNATURE}`);
  return raw.subarray(SIGNATURE.length);
}

const unpack = (file: string): Buffer => unsigned(file, gunzipSync(readFileSync(file)));

/** Fragments read at once: decompressing them is most of this file's work, and runs on the thread pool. */
const READ_AHEAD = 32;

/** The fragments of `ids`, in order, several read and decompressed at a time. */
async function readFragments(folder: string, ids: readonly string[]): Promise<Fragment[]> {
  const fragments: Fragment[] = new Array<Fragment>(ids.length);
  let next = 0;
  const reader = async () => {
    for (let n = next++; n < ids.length; n = next++) {
      const file = path.join(folder, `${ids[n]}.pf_fragment`);
      fragments[n] = JSON.parse(unsigned(file, await gunzipAsync(await readFile(file))).toString("utf8")) as Fragment;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AHEAD, ids.length) }, reader));
  return fragments;
}

function readMetadata(file: string): unknown[] {
  const metadata = decode(unpack(file));
  if (!Array.isArray(metadata) || !Array.isArray(metadata[1])) fail(file, "has no list of pages");
  return metadata;
}

function writeGzipped(file: string, bytes: Uint8Array): number {
  const compressed = gzipSync(Buffer.concat([Buffer.from(SIGNATURE, "latin1"), bytes]), { level: 9 });
  writeFileSync(file, compressed);
  return compressed.length;
}

function writeJson(file: string, value: unknown): string {
  const text = JSON.stringify(value);
  writeFileSync(file, text);
  return text;
}

/** A first id for an index whose numbers do not meet those already given to another language's index. */
function freeOffset(metadata: Uint8Array, count: number, taken: [number, number][]): number {
  let offset = idOffset(metadata);
  while (taken.some(([start, end]) => offset < end && start < offset + count)) offset = (offset + count) % OFFSET_RANGE;
  taken.push([offset, offset + count]);
  return offset;
}

/**
 * Gives every page of a written Pagefind bundle a short numbered id, renaming its fragment to match, and writes
 * the bundle's page tables (one per language index Pagefind wrote, in `pages.json`) and date tables.
 */
export async function leanBundle(bundleDir: string): Promise<LeanBundleReport> {
  const entryFile = path.join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(readFileSync(entryFile, "utf8")) as Entry;
  const report: LeanBundleReport = { pages: 0, before: 0, after: 0 };
  const tables: PageTable[] = [];
  const taken: [number, number][] = [];
  // The fragment folder, listed once: a bundle of thousands of pages would otherwise ask for each file twice.
  const folder = path.join(bundleDir, "fragment");
  const fragments = new Set(readdirSync(folder));
  for (const [language, index] of Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b))) {
    const metaFile = path.join(bundleDir, `pagefind.${index.hash}.pf_meta`);
    report.before += readFileSync(metaFile).length;
    const metadata = readMetadata(metaFile);
    const pages = metadata[1] as unknown[];
    if (Array.isArray(metadata[4]) && metadata[4].length > 0)
      fail(metaFile, "keeps a sort order, which the date table replaces: remove data-pagefind-sort");
    const offset = freeOffset(encode(metadata), pages.length, taken);
    // Identical pages share one fragment under one hash in Pagefind's output: they share one id here too.
    const renamed = new Map<string, string>();
    const moves: [from: string, to: string][] = [];
    const ids = pages.map((page, n) => {
      if (!Array.isArray(page) || typeof page[0] !== "string") fail(metaFile, `page ${n} has no fragment hash`);
      const hash = page[0];
      let id = renamed.get(hash);
      if (id === undefined) {
        id = pageId(offset, n);
        const [from, to] = [`${hash}.pf_fragment`, `${id}.pf_fragment`];
        if (!fragments.has(from)) fail(metaFile, `page ${n} names fragment ${hash}, which is not in fragment/`);
        if (fragments.has(to)) fail(metaFile, `page ${n} would be renamed fragment/${to}, which exists already`);
        fragments.delete(from);
        fragments.add(to);
        moves.push([from, to]);
        renamed.set(hash, id);
      }
      page[0] = id;
      return id;
    });
    // Every name was checked above, and no new name (letters and digits) is an old one (a language, `_`, a hash),
    // so the renames can all be under way at once.
    await Promise.all(moves.map(([from, to]) => rename(path.join(folder, from), path.join(folder, to))));
    const kinds: PageTable["kinds"] = [];
    const days: DateTable["days"] = [];
    for (const fragment of await readFragments(folder, ids)) {
      const type = fragment.filters?.[SEARCH_FILTER.type]?.[0] ?? "";
      const run = kinds.at(-1);
      if (run && run[0] === type) run[1]++;
      else kinds.push([type, 1]);
      days.push(dayNumber(fragment.meta?.date));
    }
    const bytes = encode(metadata);
    const hash = `${language}_${createHash("sha256").update(bytes).digest("hex").slice(0, 10)}`;
    report.after += writeGzipped(path.join(bundleDir, `pagefind.${hash}.pf_meta`), bytes);
    if (hash !== index.hash) rmSync(metaFile);
    index.hash = hash;
    report.pages += pages.length;
    const dateTable: DateTable = { first: offset, days };
    const datesName = `dates.${createHash("sha256").update(JSON.stringify(dateTable)).digest("hex").slice(0, 10)}.json`;
    writeJson(path.join(bundleDir, datesName), dateTable);
    tables.push({ first: offset, kinds, dates: datesName });
  }
  writeJson(path.join(bundleDir, PAGE_TABLE), tables);
  writeFileSync(entryFile, JSON.stringify(entry));
  return report;
}
