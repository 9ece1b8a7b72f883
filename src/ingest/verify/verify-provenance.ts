import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { WARCParser } from "warcio";
import { parse } from "yaml";
import { splitMdxSource } from "../../archive/mdx-source.ts";
import type { ArticleSource } from "../../archive/model.ts";
import { parseRawReport } from "../raw-report/parse-raw-report.ts";
import { rawTextOf } from "../sources/captured-inputs.ts";
import { extractFeed } from "../sources/feed.ts";
import { decodeHtml } from "../sources/html-text.ts";
import { extractSavedPage } from "../sources/saved-page.ts";
import { entryStream, isWaczWarc, openZip, sha256OfFile, zipEntries } from "../sources/capture-files.ts";

/** What verification knows of one report: its id, its day, its headline and its source record. */
export interface ReportProvenance {
  id: string;
  published: string;
  title: string;
  source: ArticleSource;
}

export interface VerifyOutcome {
  /** Reports whose chain was recomputed and matched. */
  checked: number;
  /** Reports that keep no original: only their text's hash is recorded, with nothing to recompute it from. */
  withoutOriginal: number;
  /** Each mismatch, naming the file and the report. */
  problems: string[];
}

const textSha = (raw: string | Uint8Array, label: string) =>
  parseRawReport(typeof raw === "string" ? new TextEncoder().encode(raw) : raw, label).sha256;

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Whether a payload's digest is the one a WARC header records ("sha1:BASE32", "sha256:hex" or base32). */
function digestMatches(recorded: string, payload: Uint8Array): boolean {
  const [algorithm, value] = recorded.includes(":") ? recorded.split(/:(.*)/s) : ["sha1", recorded];
  const name = algorithm!.toLowerCase().replace("-", "");
  if (!["sha1", "sha256", "sha512", "md5"].includes(name)) return false;
  const digest = createHash(name).update(payload).digest();
  return value === digest.toString("hex") || value!.replace(/=+$/, "").toUpperCase() === base32(digest);
}

/** The article pages of a WARC stream, by record id: their payload, content type and target. */
async function warcPayloads(stream: Readable, wanted: Set<string>, into: Map<string, { payload: Uint8Array; contentType: string }>) {
  for await (const record of new WARCParser(stream)) {
    const id = record.warcHeader("WARC-Record-ID");
    if (record.warcType !== "response" || !id || !wanted.has(id)) {
      await record.skipFully();
      continue;
    }
    const contentType = record.httpHeaders?.headers.get("content-type") ?? "";
    into.set(id, { payload: await record.readFully(true), contentType });
  }
}

async function waczPayloads(file: string, wanted: Set<string>, into: Map<string, { payload: Uint8Array; contentType: string }>) {
  const zip = await openZip(file);
  try {
    const entries = await zipEntries(zip);
    for (const entry of entries.filter(isWaczWarc)) {
      const stream = await entryStream(zip, entry);
      await warcPayloads(stream, wanted, into);
    }
  } finally {
    zip.close();
  }
}

/**
 * Recomputes every report's chain from its stored original: the original's sha256 (it must be its file name and
 * the recorded hash) and size; for a capture, the record's payload digest; and the sha256 of the text taken
 * from it again, as the ingest took it. `originalsDir` is where `originals/<sha256>.<ext>` files are found
 * (a content folder, or a built site). `label` names a file in the messages.
 */
export async function verifyReports(
  reports: readonly ReportProvenance[],
  root: string,
  label: (file: string) => string,
): Promise<VerifyOutcome> {
  const problems: string[] = [];
  let checked = 0;
  const byOriginal = new Map<string, ReportProvenance[]>();
  for (const report of reports) {
    const original = report.source.original;
    if (original) byOriginal.set(original.file, [...(byOriginal.get(original.file) ?? []), report]);
  }
  for (const [relative, group] of byOriginal) {
    const file = path.join(root, relative);
    const shown = label(file);
    const original = group[0]!.source.original!;
    const names = group.map((report) => report.id).join(", ");
    if (!existsSync(file)) {
      problems.push(`${shown}: missing; the stored original of ${names} is not there`);
      continue;
    }
    const hash = await sha256OfFile(file);
    const expected = path.basename(relative).split(".")[0]!;
    if (hash !== original.sha256 || hash !== expected) {
      problems.push(`${shown}: its sha256 is ${hash}, but the archive records ${original.sha256} (reports ${names})`);
      continue;
    }
    if (statSync(file).size !== original.bytes) {
      problems.push(`${shown}: it is ${statSync(file).size} bytes, but the archive records ${original.bytes} (reports ${names})`);
      continue;
    }
    try {
      const texts = await textsFrom(file, original.kind, group, shown, problems);
      for (const report of group) {
        const raw = texts.get(report.id);
        if (raw === undefined) continue;
        const again = textSha(raw, shown);
        if (again !== report.source.sha256)
          problems.push(
            `${shown}: the text taken from it for ${report.id} hashes to ${again}, but the archive records ${report.source.sha256}`,
          );
        else checked += 1;
      }
    } catch (error) {
      problems.push(`${shown}: could not be read again (${(error as Error).message})`);
    }
  }
  return { checked, withoutOriginal: reports.filter((report) => !report.source.original).length, problems };
}

/** The raw text each report of a group was drafted from, taken again from their common original. */
async function textsFrom(
  file: string,
  kind: NonNullable<ArticleSource["original"]>["kind"],
  group: readonly ReportProvenance[],
  shown: string,
  problems: string[],
): Promise<Map<string, string | Uint8Array>> {
  const texts = new Map<string, string | Uint8Array>();
  if (kind === "text") {
    for (const report of group) texts.set(report.id, readFileSync(file));
    return texts;
  }
  if (kind === "page") {
    for (const report of group) {
      const article = extractSavedPage(decodeHtml(readFileSync(file), shown), shown, { published: report.published });
      texts.set(report.id, rawTextOf(article));
    }
    return texts;
  }
  if (kind === "feed") {
    const { items } = extractFeed(readFileSync(file, "utf8"), shown);
    for (const report of group) {
      const item = items.find(
        ({ article }) => article && (article.url === report.source.url || (!report.source.url && article.headline === report.title)),
      );
      if (item?.article) texts.set(report.id, rawTextOf(item.article));
      else problems.push(`${shown}: holds no item for ${report.id} (${report.source.url ?? report.title})`);
    }
    return texts;
  }
  const wanted = new Set(group.flatMap((report) => (report.source.capture ? [report.source.capture.recordId] : [])));
  const payloads = new Map<string, { payload: Uint8Array; contentType: string }>();
  if (kind === "warc") await warcPayloads(createReadStream(file), wanted, payloads);
  else await waczPayloads(file, wanted, payloads);
  for (const report of group) {
    const capture = report.source.capture;
    const found = capture && payloads.get(capture.recordId);
    if (!capture || !found) {
      problems.push(`${shown}: holds no record ${capture?.recordId ?? "(none recorded)"} for ${report.id}`);
      continue;
    }
    if (capture.payloadDigest && !digestMatches(capture.payloadDigest, found.payload)) {
      problems.push(
        `${shown}: the payload of record ${capture.recordId} does not match its digest ${capture.payloadDigest} (${report.id})`,
      );
      continue;
    }
    const article = extractSavedPage(decodeHtml(found.payload, shown, found.contentType), shown, { published: report.published });
    texts.set(report.id, rawTextOf(article));
  }
  return texts;
}

/** The reports of a content folder, from their article files. */
export function archiveReports(contentDir: string): ReportProvenance[] {
  const dir = path.join(contentDir, "articles");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const data = parse(splitMdxSource(readFileSync(file, "utf8")).frontmatter) as {
        title: string;
        published: string | Date;
        source: ArticleSource;
      };
      const published = data.published instanceof Date ? data.published.toISOString().slice(0, 10) : String(data.published);
      return { id: entry.name.replace(/\.mdx$/, ""), published, title: data.title, source: data.source };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The reports of a built site, from its `/data/provenance.json`. */
export function siteReports(siteDir: string): ReportProvenance[] {
  const file = path.join(siteDir, "data", "provenance.json");
  if (!existsSync(file))
    throw new Error(`${file}: missing; build the site first (npm run build), or give --site the folder of a built site`);
  const data = JSON.parse(readFileSync(file, "utf8")) as {
    reports: (Omit<ArticleSource, "original"> & {
      article: string;
      published: string;
      title?: string;
      original?: NonNullable<ArticleSource["original"]>;
    })[];
  };
  return data.reports.map(({ article, published, title, ...source }) => ({ id: article, published, title: title ?? "", source }));
}
