import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from "node:fs";
import { createGunzip } from "node:zlib";
import path from "node:path";
import type { Readable } from "node:stream";
import { WARCParser } from "warcio";
import type yauzl from "yauzl";
import type { CapturedFacts } from "../drafting/article-draft.ts";
import { SourceError, type ExtractedArticle } from "./extracted-article.ts";
import { extractFeed } from "./feed.ts";
import { decodeHtml } from "./html-text.ts";
import { extractSavedPage } from "./saved-page.ts";
import { originalFile } from "./keep-original.ts";
import { entryStream, isWaczWarc, openZip, sha256OfFile, zipEntries } from "./capture-files.ts";

/** How an input file is read. */
export type InputKind = "text" | "page" | "warc" | "wacz" | "feed";

/** The exact bytes of an input, to keep beside the content as `originals/<sha256>.<ext>`. */
export interface KeptOriginal {
  /** The input file on disk. */
  from: string;
  sha256: string;
  bytes: number;
  ext: string;
  kind: InputKind;
}

/** One report a captured document holds, ready to be worked out like a raw text. */
export interface CapturedReport {
  kind: "captured";
  /** How results name it: the file, and the record or item inside it ("capture.warc.gz#<urn:uuid:…>"). */
  input: string;
  /** The report as a raw text (`date YYYY-MM-DD …`, paragraphs apart by blank lines): what is hashed and drafted. */
  raw: string | Uint8Array;
  facts: CapturedFacts;
  original?: KeptOriginal;
}

/** A document, record or item that could not be read: the reason names it. */
export interface FailedInput {
  kind: "failed";
  input: string;
  error: string;
}

/** What the ingest is given: a raw text file, or a report taken from a captured document, or a failure to read one. */
export type IngestInput = string | CapturedReport | FailedInput;

/** What a capture (a WARC, a WACZ, a feed) held. */
export interface CaptureSummary {
  file: string;
  kind: InputKind;
  sha256: string;
  reports: number;
  failed: number;
  /** Records that are not article pages, by reason ("image/png", "HTTP 301", "request"). */
  skipped: Record<string, number>;
}

export interface ReadOptions {
  /** Keep the exact input bytes (`--keep-original`); by default kept for WARC and WACZ only. */
  keepOriginal?: boolean;
  /** The day of publication for a saved page that gives none (`--published`). */
  published?: string;
}

/** The name a result gives an input. */
export function inputName(input: IngestInput): string {
  return typeof input === "string" ? input : input.input;
}

const EXTENSIONS: [RegExp, InputKind, string][] = [
  [/\.warc\.gz$/i, "warc", "warc.gz"],
  [/\.warc$/i, "warc", "warc"],
  [/\.wacz$/i, "wacz", "wacz"],
  [/\.x?html?$/i, "page", "html"],
  [/\.(?:rss|atom|xml)$/i, "feed", "xml"],
];

/** How a file is read, from its name: WARC, WACZ, saved page, feed, or else a raw text. */
export function inputKind(file: string): { kind: InputKind; ext: string } {
  for (const [pattern, kind, ext] of EXTENSIONS) if (pattern.test(file)) return { kind, ext };
  return { kind: "text", ext: "txt" };
}

/** How a report's source record names the kept copy of its input. */
function keptOriginal(original: KeptOriginal): NonNullable<CapturedFacts["source"]["original"]> {
  return { file: originalFile(original), sha256: original.sha256, bytes: original.bytes, kind: original.kind };
}

/** The raw text the rest of the ingest reads: the header line, then the paragraphs apart by blank lines. */
export function rawTextOf(article: ExtractedArticle): string {
  return `date ${article.published} ${article.paragraphs.join("\n\n")}\n`;
}

function capturedReport(
  input: string,
  article: ExtractedArticle,
  file: string,
  original: KeptOriginal | undefined,
  capture?: CapturedFacts["source"]["capture"],
): CapturedReport {
  const source: CapturedFacts["source"] = {
    ...(article.url ? { url: article.url } : {}),
    file: path.basename(file),
    ...(article.publisher ? { publisherName: article.publisher } : {}),
    ...(article.authors.length > 0 ? { authors: article.authors } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(capture ? { capture } : {}),
    ...(original ? { original: keptOriginal(original) } : {}),
  };
  return {
    kind: "captured",
    input,
    raw: rawTextOf(article),
    facts: { headline: article.headline, source },
    ...(original ? { original } : {}),
  };
}

const failed = (input: string, error: unknown): FailedInput => ({
  kind: "failed",
  input,
  error: error instanceof SourceError ? error.message : `${input}: ${(error as Error).message}`,
});

/** A count of a skipped record under its reason. */
function skip(summary: CaptureSummary, reason: string): void {
  summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
}

/**
 * Reads every record of one WARC stream: each HTML response of status 200 that holds an article becomes a report
 * with its capture recorded; requests, images, scripts, redirects, errors and pages without article text are
 * skipped and counted. The stream is read record by record, so memory stays flat however large the capture.
 * A truncated or corrupt capture gives a failure naming the file and how far it was read; the records before
 * the damage are still ingested.
 */
async function readWarcStream(
  stream: Readable,
  label: string,
  file: string,
  summary: CaptureSummary,
  original: KeptOriginal | undefined,
  into: IngestInput[],
): Promise<void> {
  let tool: string | undefined;
  let records = 0;
  try {
    for await (const record of new WARCParser(stream)) {
      records += 1;
      const type = record.warcType;
      if (type === "warcinfo") {
        const info = await record.contentText();
        tool = /^software:\s*(.+)$/im.exec(info)?.[1]?.trim() ?? tool;
        continue;
      }
      if (type !== "response") {
        await record.skipFully();
        skip(summary, type ?? "record");
        continue;
      }
      const status = record.httpHeaders?.statusCode;
      const contentType = record.httpHeaders?.headers.get("content-type") ?? "";
      if (status !== 200) {
        await record.skipFully();
        skip(summary, `HTTP ${status ?? "?"}`);
        continue;
      }
      if (!/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) {
        await record.skipFully();
        skip(summary, contentType.split(";")[0]!.trim() || "no content type");
        continue;
      }
      const id = record.warcHeader("WARC-Record-ID") ?? `record-${records}`;
      const input = `${label}#${id}`;
      const bytes = await record.readFully(true);
      let article: ExtractedArticle;
      try {
        article = extractSavedPage(decodeHtml(bytes, input, contentType), input);
      } catch (error) {
        // A capture holds a site's other pages too (a front page, a section): not every HTML page is an article.
        if (error instanceof SourceError && /no article text/.test(error.message)) {
          skip(summary, "pages without article text");
          continue;
        }
        summary.failed += 1;
        into.push(failed(input, error));
        continue;
      }
      const payloadDigest = record.warcPayloadDigest ?? undefined;
      const capture = {
        uri: record.warcTargetURI ?? article.url ?? "",
        capturedAt: record.warcDate ?? "",
        recordId: id,
        ...(payloadDigest ? { payloadDigest } : {}),
        ...(tool ? { tool } : {}),
      };
      summary.reports += 1;
      into.push(capturedReport(input, { ...article, url: article.url ?? safeTarget(record.warcTargetURI) }, file, original, capture));
    }
  } catch (error) {
    summary.failed += 1;
    into.push({
      kind: "failed",
      input: label,
      error: `${label}: the capture is truncated or corrupt after ${records} record(s) (${(error as Error).message}); the records before it were read`,
    });
  }
}

/**
 * Where the whole records of an uncompressed WARC end: each record's header block gives its Content-Length, so
 * the file is walked header to header without reading the contents. A file cut inside a record, or bytes that
 * are not a WARC record where one should start, end the walk there. (The WARC library would wait forever on
 * an uncompressed record cut short, so only the whole records are given to it.)
 */
function wholeRecords(file: string): { end: number; problem?: string } {
  const size = statSync(file).size;
  const fd = openSync(file, "r");
  const head = Buffer.alloc(64 * 1024);
  try {
    let at = 0;
    let records = 0;
    while (at < size) {
      const read = readSync(fd, head, 0, head.length, at);
      const text = head.subarray(0, read).toString("latin1");
      const headerEnd = text.indexOf("\r\n\r\n");
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, headerEnd))?.[1];
      if (!text.startsWith("WARC/") || headerEnd < 0 || length === undefined)
        return { end: at, problem: `record ${records + 1} at byte ${at} is not a WARC record` };
      const next = at + headerEnd + 4 + Number(length) + 4;
      if (next > size) return { end: at, problem: `record ${records + 1} at byte ${at} is cut short (the file ends at byte ${size})` };
      at = next;
      records += 1;
    }
    return { end: size };
  } finally {
    closeSync(fd);
  }
}

/** Whether a gzip file decompresses to its end: a truncated or damaged member is named with the error. */
function gzipProblem(file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const gunzip = createGunzip();
    gunzip.on("data", () => {});
    gunzip.on("end", () => resolve(undefined));
    gunzip.on("error", (error) => resolve(error.message));
    createReadStream(file)
      .on("error", (error) => resolve(error.message))
      .pipe(gunzip);
  });
}

function safeTarget(uri: string | null | undefined): string | undefined {
  return uri && /^https?:\/\//i.test(uri) ? uri : undefined;
}

/** A WACZ: its pages list must be there; every WARC under `archive/` is read as a capture. */
async function readWacz(file: string, summary: CaptureSummary, original: KeptOriginal | undefined, into: IngestInput[]): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (error) {
    throw new SourceError(file, `is not a readable WACZ (a zip file): ${(error as Error).message}`);
  }
  try {
    const entries = await zipEntries(zip);
    const names = entries.map((entry) => entry.fileName);
    if (!names.some((name) => /^pages\/[^/]+\.jsonl$/.test(name)))
      throw new SourceError(file, "the WACZ has no pages list (pages/pages.jsonl), so it is not a complete capture package");
    const warcs = entries.filter(isWaczWarc);
    if (warcs.length === 0) throw new SourceError(file, "the WACZ holds no WARC file under archive/");
    for (const entry of warcs) {
      await readWarcStream(await entryStream(zip, entry), `${file}!${entry.fileName}`, file, summary, original, into);
    }
  } finally {
    zip.close();
  }
}

/**
 * Reads the inputs the ingest is given: raw text files pass through as they are; a saved page, each article
 * record of a WARC or WACZ and each item of a feed becomes a report with what it says about itself. A document
 * that cannot be read at all, and each record or item that cannot, gives a failure naming it; the rest is read.
 */
export async function readInputs(
  files: readonly string[],
  options: ReadOptions = {},
): Promise<{ inputs: IngestInput[]; captures: CaptureSummary[] }> {
  const inputs: IngestInput[] = [];
  const captures: CaptureSummary[] = [];
  for (const file of files) {
    const { kind, ext } = inputKind(file);
    let exists = true;
    try {
      statSync(file);
    } catch {
      exists = false;
    }
    if (!exists || (kind === "text" && !options.keepOriginal)) {
      // A raw text is read by the drafting itself (which also names a missing file).
      inputs.push(file);
      continue;
    }
    try {
      const sha256 = await sha256OfFile(file);
      const keep = options.keepOriginal ?? (kind === "warc" || kind === "wacz");
      const original = keep ? { from: file, sha256, bytes: statSync(file).size, ext, kind } : undefined;
      if (kind === "text") {
        // A raw text whose exact bytes are kept: drafted from those bytes, with its original recorded.
        const source = { file: path.basename(file), ...(original ? { original: keptOriginal(original) } : {}) };
        inputs.push({
          kind: "captured",
          input: file,
          raw: readFileSync(file),
          facts: { headline: "", source },
          ...(original ? { original } : {}),
        });
        continue;
      }
      if (kind === "page") {
        const html = decodeHtml(readFileSync(file), file);
        const article = extractSavedPage(html, file, options.published ? { published: options.published } : {});
        inputs.push(capturedReport(file, article, file, original));
        continue;
      }
      if (kind === "feed") {
        const { items } = extractFeed(readFileSync(file, "utf8"), file);
        const summary: CaptureSummary = { file, kind, sha256, reports: 0, failed: 0, skipped: {} };
        for (const item of items) {
          if (item.article) {
            summary.reports += 1;
            inputs.push(capturedReport(item.label, item.article, file, original));
          } else {
            summary.failed += 1;
            inputs.push({ kind: "failed", input: item.label, error: item.error ?? `${item.label}: the item could not be read` });
          }
        }
        captures.push(summary);
        continue;
      }
      const summary: CaptureSummary = { file, kind, sha256, reports: 0, failed: 0, skipped: {} };
      captures.push(summary);
      if (kind === "warc") {
        // A damaged capture is read up to the damage, and the damage reported with the file named.
        const whole = ext === "warc" ? wholeRecords(file) : { end: statSync(file).size };
        const problem = ext === "warc" ? whole.problem : await gzipProblem(file);
        if (whole.end > 0) await readWarcStream(createReadStream(file, { end: whole.end - 1 }), file, file, summary, original, inputs);
        if (problem && !inputs.some((input) => typeof input === "object" && input.kind === "failed" && input.input === file)) {
          summary.failed += 1;
          inputs.push({
            kind: "failed",
            input: file,
            error: `${file}: the capture is truncated or corrupt (${problem}); the ${summary.reports} report(s) before the damage were read`,
          });
        }
      } else await readWacz(file, summary, original, inputs);
    } catch (error) {
      inputs.push(failed(file, error));
    }
  }
  return { inputs, captures };
}
