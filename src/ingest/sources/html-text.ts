import { parseHTML } from "linkedom";
import { SourceError } from "./extracted-article.ts";

/** How far into a page a `<meta charset>` may be looked for, as the HTML standard's prescan does. */
const PRESCAN_BYTES = 2048;

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
];

function charsetOf(text: string | undefined): string | undefined {
  const match = /charset\s*=\s*["']?([^"'\s;>]+)/i.exec(text ?? "");
  return match?.[1]?.toLowerCase();
}

function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string {
  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return bom.encoding;
  const fromHeader = charsetOf(contentType);
  if (fromHeader) return fromHeader;
  // The prescan reads the head as Latin-1: every byte maps to one character, so ASCII markup is found whatever the encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s;/>]+)/i.exec(meta);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return "utf-8";
}

/**
 * Decodes the bytes of a saved page or feed: the encoding a byte-order mark gives, else the `charset=` of the HTTP
 * `Content-Type`, else a `<meta charset>` or `<meta http-equiv="content-type">` in the first 2 KB, else UTF-8.
 * Throws a {@link SourceError} naming `input` when the encoding is unknown or the bytes are not in it.
 */
export function decodeHtml(bytes: Uint8Array, input: string, contentType?: string): string {
  const charset = declaredCharset(bytes, contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true, ignoreBOM: false });
  } catch {
    throw new SourceError(input, `the page says it is in "${charset}", an encoding the ingest cannot read; save it again as UTF-8`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new SourceError(
      input,
      `the bytes are not valid ${decoder.encoding} (the encoding the page ${charset === "utf-8" ? "is read in by default" : "declares"}); save it again as UTF-8 or give its real charset`,
    );
  }
}

/** Collapses runs of whitespace (no-break spaces included) into one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

const BLOCKS = "p, div, blockquote, section, article, li, pre";

/**
 * The plain text of each paragraph of an HTML fragment, whitespace collapsed and empty ones dropped. Paragraphs are
 * the `<p>` elements; a fragment without any takes its innermost text blocks, or its whole text, as paragraphs.
 */
export function paragraphsOfHtml(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll("script, style, noscript, template")) node.remove();
  let blocks: Element[] = [...document.querySelectorAll("p")];
  if (blocks.length === 0) blocks = [...document.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
  const texts = blocks.length > 0 ? blocks.map((block) => block.textContent ?? "") : [document.body.textContent ?? ""];
  return texts.map(collapseWhitespace).filter((text) => text.length > 0);
}

/** `value` as an absolute http or https address (resolved against `base` when relative), or undefined for anything else. */
export function safeHttpUrl(value: string | undefined | null, base?: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return undefined;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
}

/** Whether `day` is a YYYY-MM-DD calendar day that exists. */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}

/**
 * The day of an ISO 8601 date or timestamp in the timestamp's own offset: `2020-07-08T23:30:00+03:00` is 8 July,
 * though it is 20:30 UTC that day, and `2020-07-08T22:00:00-05:00` is 8 July too. Undefined when it is not ISO 8601.
 */
export function dayOfTimestamp(timestamp: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$)/i.exec(timestamp.trim());
  return match?.[1] && isCalendarDay(match[1]) ? match[1] : undefined;
}
