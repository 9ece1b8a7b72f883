import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
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
 *
 * This is done to the bundle in memory, as Pagefind hands it over (`getFiles`), before any of it is written: each
 * file is then created once, under its final name. (Written by Pagefind, renamed and read back, the bundle took
 * about half a second more of a 2,000-report build, most of it creating thousands of files at once in one folder.)
 */

const SIGNATURE = "pagefind_dcd";
const ID_BASE = 36;
/** Six base-36 digits: room for an offset of about two billion, so two builds' ranges rarely meet. */
const OFFSET_RANGE = ID_BASE ** 6;
const ENTRY = "pagefind-entry.json";
const fragmentFile = (name: string) => `fragment/${name}.pf_fragment`;

/** A file of a Pagefind bundle: its path in the bundle folder (with `/` between folders) and its bytes. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

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

function unpack(file: string, compressed: Uint8Array): Buffer {
  const raw = gunzipSync(compressed);
  if (raw.subarray(0, SIGNATURE.length).toString("latin1") !== SIGNATURE) fail(file, `does not start with ${SIGNATURE}`);
  return raw.subarray(SIGNATURE.length);
}

function readMetadata(file: string, compressed: Uint8Array): unknown[] {
  const metadata = decode(unpack(file, compressed));
  if (!Array.isArray(metadata) || !Array.isArray(metadata[1])) fail(file, "has no list of pages");
  return metadata;
}

const text = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8");
const gzipped = (bytes: Uint8Array) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE, "latin1"), bytes]), { level: 9 });

/** A first id for an index whose numbers do not meet those already given to another language's index. */
function freeOffset(metadata: Uint8Array, count: number, taken: [number, number][]): number {
  let offset = idOffset(metadata);
  while (taken.some(([start, end]) => offset < end && start < offset + count)) offset = (offset + count) % OFFSET_RANGE;
  taken.push([offset, offset + count]);
  return offset;
}

/**
 * Gives every page of a Pagefind bundle a short numbered id, its fragment renamed to match, and adds the bundle's
 * page tables (one per language index, in `pages.json`) and date tables. Takes the bundle's files and returns the
 * lean bundle's, without touching a disk.
 */
export function leanFiles(bundle: readonly BundleFile[]): { files: BundleFile[]; report: LeanBundleReport } {
  const files = new Map(bundle.map((file) => [file.path, file.content]));
  const entryBytes = files.get(ENTRY);
  if (!entryBytes) fail(ENTRY, "is missing");
  const entry = JSON.parse(Buffer.from(entryBytes).toString("utf8")) as Entry;
  const report: LeanBundleReport = { pages: 0, before: 0, after: 0 };
  const tables: PageTable[] = [];
  const taken: [number, number][] = [];
  for (const [language, index] of Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b))) {
    const metaFile = `pagefind.${index.hash}.pf_meta`;
    const compressed = files.get(metaFile);
    if (!compressed) fail(metaFile, "is missing");
    report.before += compressed.length;
    const metadata = readMetadata(metaFile, compressed);
    const pages = metadata[1] as unknown[];
    if (Array.isArray(metadata[4]) && metadata[4].length > 0)
      fail(metaFile, "keeps a sort order, which the date table replaces: remove data-pagefind-sort");
    const offset = freeOffset(encode(metadata), pages.length, taken);
    // Identical pages share one fragment under one hash in Pagefind's output: they share one id here too.
    const renamed = new Map<string, string>();
    const kinds: PageTable["kinds"] = [];
    const days: DateTable["days"] = [];
    for (const [n, page] of pages.entries()) {
      if (!Array.isArray(page) || typeof page[0] !== "string") fail(metaFile, `page ${n} has no fragment hash`);
      const hash = page[0];
      let id = renamed.get(hash);
      if (id === undefined) {
        id = pageId(offset, n);
        const [from, to] = [fragmentFile(hash), fragmentFile(id)];
        const fragment = files.get(from);
        if (!fragment) fail(metaFile, `page ${n} names fragment ${hash}, which is not in fragment/`);
        if (files.has(to)) fail(metaFile, `page ${n} would be renamed ${to}, which exists already`);
        files.delete(from);
        files.set(to, fragment);
        renamed.set(hash, id);
      }
      page[0] = id;
      const file = fragmentFile(id);
      const { filters, meta } = JSON.parse(unpack(file, files.get(file)!).toString("utf8")) as Fragment;
      const type = filters?.[SEARCH_FILTER.type]?.[0] ?? "";
      const run = kinds.at(-1);
      if (run && run[0] === type) run[1]++;
      else kinds.push([type, 1]);
      days.push(dayNumber(meta?.date));
    }
    const bytes = encode(metadata);
    const hash = `${language}_${createHash("sha256").update(bytes).digest("hex").slice(0, 10)}`;
    const lean = gzipped(bytes);
    report.after += lean.length;
    files.delete(metaFile);
    files.set(`pagefind.${hash}.pf_meta`, lean);
    index.hash = hash;
    report.pages += pages.length;
    const dateTable = text({ first: offset, days } satisfies DateTable);
    const datesName = `dates.${createHash("sha256").update(dateTable).digest("hex").slice(0, 10)}.json`;
    files.set(datesName, dateTable);
    tables.push({ first: offset, kinds, dates: datesName });
  }
  files.set(PAGE_TABLE, text(tables));
  files.set(ENTRY, text(entry));
  return { files: [...files].map(([path, content]) => ({ path, content })), report };
}

/**
 * Writes a bundle into an empty `outputPath`, one file after another: creating thousands of files in one folder
 * from several threads at once only has them wait on the folder's lock.
 */
export function writeBundle(outputPath: string, files: readonly BundleFile[]): void {
  rmSync(outputPath, { recursive: true, force: true });
  const folders = new Set<string>();
  for (const file of files) {
    const target = path.join(outputPath, ...file.path.split("/"));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, file.content);
  }
}

/** Makes a bundle Pagefind handed over (`getFiles`) lean, as above, and writes it to `outputPath`. */
export function writeLeanBundle(bundle: readonly BundleFile[], outputPath: string): LeanBundleReport {
  const { files, report } = leanFiles(bundle);
  writeBundle(outputPath, files);
  return report;
}
