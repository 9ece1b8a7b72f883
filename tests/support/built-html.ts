import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The built HTML of a page of a temp site, by its URL path (`/articles/<id>/`). */
export function builtPage(siteRoot: string, urlPath: string): string {
  const file = path.join(siteRoot, "dist", urlPath, "index.html");
  if (!existsSync(file)) throw new Error(`the build has no page ${urlPath} (looked for ${file})`);
  return readFileSync(file, "utf8");
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Text as a reader sees it: character references decoded. */
export function decodeHtml(html: string): string {
  return html.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number.parseInt(decimal, 10));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name ?? ""] ?? whole;
  });
}

/** The HTML without the values of quoted attributes, so that text quoted inside an attribute is not taken for markup. */
export function withoutAttributeValues(html: string): string {
  return html.replace(/="[^"]*"/g, '=""').replace(/='[^']*'/g, "=''");
}

export interface BodyParagraph {
  /** N of `#p-N`. */
  number: number;
  /** The paragraph's own HTML, without its ¶ permalink. */
  html: string;
  /** That HTML as text: tags removed, references decoded. */
  text: string;
}

/** The article's paragraphs (`<p id="p-N">`), each without the ¶ link the site puts before its text. */
export function articleParagraphs(html: string): BodyParagraph[] {
  return [...html.matchAll(/<p id="p-(\d+)"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => {
    const inner = match[2]!.replace(/^<a [^>]*class="paragraph-link"[^>]*>[\s\S]*?<\/a> ?/, "");
    return { number: Number(match[1]), html: inner, text: decodeHtml(inner.replace(/<[^>]*>/g, "")) };
  });
}

export interface TimelineEntry {
  date: string;
  phrase: string;
  paragraph: string;
}

/**
 * The single-day entries of an article's timeline (`<section id="timeline">`), nested ones included, in page
 * order: the `<time datetime>` day, the phrase the report states (“on Tuesday”) and the `#p-N` link.
 */
export function singleDayTimelineEntries(html: string): TimelineEntry[] {
  const section = /<section id="timeline"[\s\S]*?<\/section>/.exec(html)?.[0];
  if (!section) throw new Error("the page has no timeline section");
  return section
    .split(/<li\b/)
    .slice(1)
    .map((entry) => entry.split(/<ol\b|<\/li>/)[0]!)
    .flatMap((entry) => {
      const days = [...entry.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
      if (days.length !== 1) return [];
      const phrase = /stated “([^”]*)”/.exec(entry)?.[1] ?? "";
      const paragraph = /href="(#p-\d+)"/.exec(entry)?.[1] ?? "";
      return [{ date: days[0]!, phrase: decodeHtml(phrase), paragraph }];
    });
}
