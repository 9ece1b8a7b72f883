/**
 * Builders of web-archive test files: WARC (plain or gzipped, one gzip member per record, as
 * ArchiveWeb.page and Browsertrix write them) and WACZ (a zip around a WARC, with pages.jsonl and
 * a datapackage), plus helpers that damage them.
 *
 * Output is deterministic for the same input: record ids are derived from the content, and the
 * zip entries carry a fixed modification time.
 */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { zipSync, type Zippable } from "fflate";
import { WARCRecord, WARCSerializer, type WARCRecordOpts } from "warcio";

/** A page to store: the URL it was captured from, the HTML bytes exactly as served, and the capture time (ISO 8601). */
export interface CapturedPage {
  url: string;
  html: Uint8Array;
  date: string;
}

/** A line of pages/pages.jsonl. */
export interface WaczPage {
  url: string;
  ts: string;
  title: string;
}

export const WARC_SOFTWARE = "Webrecorder ArchiveWeb.page 0.12.0, using warcio.js 2.4.11";

const encoder = new TextEncoder();

/** The smallest valid PNG: one transparent pixel. */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
);

function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A uuid-shaped record id derived from its inputs, so the same WARC is built every time. */
function recordId(...parts: string[]): string {
  const h = sha256Hex(parts.join("\u0000"));
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

/** WARC/1.1 dates: ISO 8601 in UTC, without milliseconds when they are zero. */
function warcDate(date: string): string {
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) throw new Error(`not a date: ${date}`);
  return parsed.toISOString().replace(/\.000Z$/, "Z");
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function body(bytes: Uint8Array): Iterable<Uint8Array> {
  return [bytes];
}

interface RecordSpec extends WARCRecordOpts {
  content?: Uint8Array;
}

function makeRecord(spec: RecordSpec, index: number): WARCRecord {
  const { content, ...opts } = spec;
  const warcHeaders: Record<string, string> = {
    "WARC-Record-ID": recordId(String(index), opts.type ?? "", opts.url ?? "", opts.date ?? ""),
    ...(opts.warcHeaders as Record<string, string> | undefined),
  };
  return WARCRecord.create({ ...opts, warcVersion: "WARC/1.1", warcHeaders }, content ? body(content) : []);
}

function warcinfoRecord(filename: string, date: string): WARCRecord {
  return WARCRecord.createWARCInfo(
    {
      filename,
      date,
      warcVersion: "WARC/1.1",
      warcHeaders: { "WARC-Record-ID": recordId("warcinfo", filename, date) },
    },
    { software: WARC_SOFTWARE, format: "WARC File Format 1.1", isPartOf: "dossier-test-captures" },
  );
}

function requestSpec(url: string, date: string): RecordSpec {
  const u = new URL(url);
  return {
    type: "request",
    url,
    date,
    statusline: `GET ${u.pathname}${u.search} HTTP/1.1`,
    httpHeaders: {
      Host: u.host,
      "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.89 Safari/537.36",
      Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "Accept-Language": "en-US,en;q=0.9",
    },
  };
}

function htmlResponseSpec(url: string, date: string, html: Uint8Array, statusline = "HTTP/1.1 200 OK"): RecordSpec {
  return {
    type: "response",
    url,
    date,
    statusline,
    httpHeaders: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": String(html.length),
      Date: new Date(date).toUTCString(),
      Server: "nginx",
    },
    content: html,
  };
}

function pageSpecs(page: CapturedPage): RecordSpec[] {
  const date = warcDate(page.date);
  return [requestSpec(page.url, date), htmlResponseSpec(page.url, date, page.html)];
}

/** The records `extras: true` adds: an image, a redirect, a 404 page, a resource and a metadata record. */
function extraSpecs(date: string): RecordSpec[] {
  const notFound = encoder.encode(
    "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The page you requested could not be found.</p></body></html>\n",
  );
  const pageinfo = encoder.encode(
    JSON.stringify({ url: "https://levantwire.example/news/2020/07/08/iran-syria-agreement", title: "Levant Wire Service", urls: {} }),
  );
  return [
    {
      type: "response",
      url: "https://levantwire.example/static/img/pixel.png",
      date,
      statusline: "HTTP/1.1 200 OK",
      httpHeaders: { "Content-Type": "image/png", "Content-Length": String(PNG_BYTES.length) },
      content: PNG_BYTES,
    },
    {
      type: "response",
      url: "http://levantwire.example/news/2020/07/08/iran-syria-agreement",
      date,
      statusline: "HTTP/1.1 301 Moved Permanently",
      httpHeaders: {
        Location: "https://levantwire.example/news/2020/07/08/iran-syria-agreement",
        "Content-Length": "0",
        "Content-Type": "text/html; charset=utf-8",
      },
      content: new Uint8Array(0),
    },
    htmlResponseSpec("https://levantwire.example/news/2020/07/09/missing-story", date, notFound, "HTTP/1.1 404 Not Found"),
    {
      type: "resource",
      url: "urn:pageinfo:https://levantwire.example/news/2020/07/08/iran-syria-agreement",
      date,
      warcHeaders: { "Content-Type": "application/json" },
      content: pageinfo,
    },
    {
      type: "metadata",
      url: "https://levantwire.example/news/2020/07/08/iran-syria-agreement",
      date,
      warcHeaders: { "Content-Type": "application/warc-fields" },
      content: encoder.encode("via: https://levantwire.example/\r\nhopsFromSeed: L\r\n"),
    },
  ];
}

async function serialize(record: WARCRecord, gzip: boolean): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip });
}

/**
 * A WARC/1.1 file: a warcinfo record, then a request and a response per page, and with `extras`
 * a PNG response, a 301 redirect, a 404 page, a resource and a metadata record. Gzipped output is
 * one gzip member per record, concatenated.
 */
export async function buildWarc(pages: CapturedPage[], options: { gzip: boolean; extras?: boolean }): Promise<Uint8Array> {
  const first = pages[0]?.date ?? "2020-07-10T00:00:00Z";
  const date = warcDate(first);
  const chunks = [await serialize(warcinfoRecord(options.gzip ? "data.warc.gz" : "data.warc", date), options.gzip)];
  const specs = pages.flatMap(pageSpecs);
  if (options.extras) specs.push(...extraSpecs(date));
  for (const [i, spec] of specs.entries()) chunks.push(await serialize(makeRecord(spec, i), options.gzip));
  return concat(chunks);
}

/**
 * A WACZ (zip): archive/data.warc.gz, pages/pages.jsonl (unless `withoutPages`), datapackage.json
 * listing every other file with its sha256 and size, and datapackage-digest.json.
 */
export function buildWacz(warc: Uint8Array, pages: WaczPage[], options: { withoutPages?: boolean } = {}): Uint8Array {
  const mtime = new Date("2020-07-10T00:00:00Z");
  const files = new Map<string, Uint8Array>();
  files.set("archive/data.warc.gz", warc);
  if (!options.withoutPages) {
    const lines = [
      JSON.stringify({ format: "json-pages-1.0", id: "pages", title: "All Pages" }),
      ...pages.map(({ url, ts, title }) => JSON.stringify({ url, ts, title })),
    ];
    files.set("pages/pages.jsonl", encoder.encode(lines.join("\n") + "\n"));
  }
  const datapackage = {
    profile: "data-package",
    wacz_version: "1.1.1",
    title: "Dossier test capture",
    created: mtime.toISOString(),
    software: WARC_SOFTWARE,
    ...(pages[0] ? { mainPageUrl: pages[0].url, mainPageDate: pages[0].ts } : {}),
    resources: [...files].map(([path, bytes]) => ({
      name: path.split("/").at(-1),
      path,
      hash: `sha256:${sha256Hex(bytes)}`,
      bytes: bytes.length,
    })),
  };
  const datapackageBytes = encoder.encode(JSON.stringify(datapackage, null, 2));
  const digest = { path: "datapackage.json", hash: `sha256:${sha256Hex(datapackageBytes)}` };
  const zippable: Zippable = {};
  for (const [path, bytes] of files) zippable[path] = [bytes, { level: 0, mtime }];
  zippable["datapackage.json"] = [datapackageBytes, { level: 6, mtime }];
  zippable["datapackage-digest.json"] = [encoder.encode(JSON.stringify(digest, null, 2)), { level: 6, mtime }];
  return zipSync(zippable);
}

const TOPICS = [
  "water rights",
  "grain imports",
  "the port authority",
  "school reopening",
  "fuel subsidies",
  "a border crossing",
  "the power grid",
  "housing permits",
];
const CITIES = ["Damascus", "Aleppo", "Homs", "Latakia", "Beirut", "Amman", "Baghdad", "Tehran", "Tabriz", "Isfahan"];
const VERBS = ["announced", "rejected", "postponed", "approved", "questioned", "defended", "revised", "extended"];
const OFFICIALS = ["the minister", "the governor", "the council", "a spokesman", "the chamber of commerce", "the union", "the mayor"];
const REASONS = [
  "rising costs",
  "a shortage of parts",
  "pressure from traders",
  "a court ruling",
  "the summer heat",
  "new sanctions",
  "a budget gap",
];

/** A small seeded generator, so the large WARC is the same every time. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Generated article n of a large capture: distinct headline and text, about 6 KB of HTML. */
export function generatedArticle(n: number, count: number): CapturedPage & { title: string } {
  const rand = prng(n * 2654435761 + 7);
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor((n * 366) / Math.max(count, 1)) * 86_400_000);
  const iso = day.toISOString().slice(0, 10);
  const city = pick(CITIES, rand);
  const topic = pick(TOPICS, rand);
  const title = `${city} report ${n}: ${pick(OFFICIALS, rand)} ${pick(VERBS, rand)} plan on ${topic}`;
  const paragraphs: string[] = [];
  let size = 0;
  for (let p = 0; size < 5200; p++) {
    const sentence = () =>
      `In ${pick(CITIES, rand)}, ${pick(OFFICIALS, rand)} ${pick(VERBS, rand)} the plan on ${pick(TOPICS, rand)}, citing ${pick(REASONS, rand)} (item ${n}.${p}.${Math.floor(rand() * 1e6)}).`;
    const text = [sentence(), sentence(), sentence()].join(" ");
    paragraphs.push(`<p>${text}</p>`);
    size += text.length + 8;
  }
  const url = `https://bulk-news.example/${iso.replaceAll("-", "/")}/story-${n}`;
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | Bulk News</title>
<meta property="og:site_name" content="Bulk News">
<meta property="article:published_time" content="${iso}T09:00:00+03:00">
<link rel="canonical" href="${url}">
</head>
<body>
<nav><a href="/">Home</a> <a href="/region/">Region</a> <a href="/economy/">Economy</a></nav>
<article>
<h1>${title}</h1>
${paragraphs.join("\n")}
</article>
<footer><a href="/about/">About</a></footer>
</body>
</html>
`;
  return { url, html: encoder.encode(html), date: `${iso}T12:00:00Z`, title };
}

/** Writes a gzipped WARC of `count` generated article pages to `file`, one record at a time. */
export async function buildLargeWarc(file: string, count: number): Promise<void> {
  const handle = await open(file, "w");
  try {
    await handle.write(await serialize(warcinfoRecord(file.split("/").at(-1) ?? "large.warc.gz", "2020-01-01T00:00:00Z"), true));
    for (let n = 0; n < count; n++) {
      const page = generatedArticle(n, count);
      for (const [i, spec] of pageSpecs(page).entries()) await handle.write(await serialize(makeRecord(spec, n * 2 + i), true));
    }
  } finally {
    await handle.close();
  }
}

/** Where each gzip member starts (magic 1f 8b, method 8, and the flags/mtime warcio writes). */
export function gzipMemberStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 10 <= bytes.length; i++) {
    if (bytes[i] === 0x1f && bytes[i + 1] === 0x8b && bytes[i + 2] === 0x08 && (bytes[i + 3] ?? 0) < 0x20) starts.push(i);
  }
  return starts;
}

/** The bytes cut in the middle of the largest gzip member (or simply in half for uncompressed data). */
export function truncated(bytes: Uint8Array): Uint8Array {
  const starts = gzipMemberStarts(bytes);
  if (starts[0] !== 0) return bytes.slice(0, Math.floor(bytes.length / 2));
  let best = { start: 0, end: bytes.length };
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? bytes.length;
    if (end - start > best.end - best.start) best = { start, end };
  }
  return bytes.slice(0, best.start + Math.floor((best.end - best.start) / 2));
}

/** A copy with the byte at `at` inverted (a negative `at` counts from the end). */
export function flipByte(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  const i = at < 0 ? copy.length + at : at;
  if (i < 0 || i >= copy.length) throw new Error(`flipByte: ${at} is outside ${copy.length} bytes`);
  copy[i] = (copy[i] ?? 0) ^ 0xff;
  return copy;
}
