/**
 * Reads one raw wire report: a `date YYYY-MM-DD` header followed, on the same line, by the article,
 * whose paragraphs are separated by blank lines and may end with signature lines (`NA/PA`).
 *
 *     date 2020-07-10 TEHRAN - Syrian President Bashar al-Assad has said …
 *
 *     Bagheri visited Damascus at the top of a military delegation on Tuesday.
 *
 *     NA/PA
 *
 * The rules for each part live beside it: raw-report/decode.ts (which bytes are a text),
 * header.ts, metadata.ts (publishing stamps before the article), dateline.ts, credits.ts
 * (signature lines) and text.ts (line ends, zero-width characters, hash).
 */
import { findDateline, type Dateline } from "./dateline.ts";
import { detectLanguage, type LanguageReading } from "./language.ts";
import { splitCredits } from "./credits.ts";
import { decodeRawBytes } from "./decode.ts";
import { RawReportError } from "./error.ts";
import { readHeader } from "./header.ts";
import { splitMetadata } from "./metadata.ts";
import { normaliseLineEnds, removeZeroWidthJunk, sha256Hex } from "./text.ts";

export type { Dateline } from "./dateline.ts";
export { MAX_RAW_BYTES } from "./decode.ts";
export { RawReportError } from "./error.ts";

export interface RawReport {
  /** YYYY-MM-DD from the `date` header. */
  published: string;
  /** `place` "TEHRAN" or "BEIRUT, LEBANON"; `detail` the parenthesised part without its parentheses; `text` the dateline as written, separator included ("TEHRAN -"). */
  dateline: Dateline | null;
  /** 1-based paragraph the dateline was found in. */
  datelineParagraph: number | null;
  /** The article's paragraphs as written, without header, dateline, metadata or signature; a paragraph's inner single newlines are kept. */
  paragraphs: string[];
  /** Trailing signature lines ("NA/PA"), joined with "\n". */
  credits: string | null;
  /** Publishing-metadata lines that came before the article. */
  metadata: string[];
  /** The language the text is written in, as told from its letters, and why it could not be told. */
  language: LanguageReading;
  /** Hex SHA-256 of the whole file with line ends normalised to "\n" and without a byte-order mark. */
  sha256: string;
}

export function parseRawReport(bytes: Uint8Array, file: string): RawReport {
  if (bytes.length === 0) throw emptyFile(file);
  const text = normaliseLineEnds(decodeRawBytes(bytes, file));
  const readable = removeZeroWidthJunk(text);
  if (!/\S/.test(readable)) throw emptyFile(file);
  const { published, body } = readHeader(readable, file);
  const { article, credits } = splitCredits(body);
  const { metadata, paragraphs } = splitMetadata(splitParagraphs(article));
  if (paragraphs.length === 0) {
    throw new RawReportError(
      file,
      `the file has the header "date ${published}" but no article text after it, only ${describeNonArticle(metadata, credits)}; put the report's paragraphs after the date`,
    );
  }
  const found = findDateline(paragraphs);
  return {
    published,
    dateline: found.dateline,
    datelineParagraph: found.paragraphNumber,
    paragraphs: found.paragraphs,
    credits,
    metadata,
    language: detectLanguage(found.paragraphs),
    sha256: sha256Hex(text),
  };
}

/** Paragraphs are separated by one or more blank (or whitespace-only) lines. */
function splitParagraphs(article: string): string[] {
  return article.split(/\n(?:[ \t]*\n)+/).filter((paragraph) => /\S/.test(paragraph));
}

function describeNonArticle(metadata: readonly string[], credits: string | null): string {
  const parts = [...metadata.map((line) => `metadata ${JSON.stringify(line)}`)];
  if (credits !== null) parts.push(`the signature ${JSON.stringify(credits)}`);
  return parts.join(" and ");
}

function emptyFile(file: string): RawReportError {
  return new RawReportError(
    file,
    'the file is empty (or only whitespace); a raw report is "date YYYY-MM-DD" followed by the article text, so fill it in or delete the file',
  );
}
