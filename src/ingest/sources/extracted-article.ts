/**
 * What the ingest takes from a captured document (a saved page, a WARC or WACZ record, a feed item) before it
 * works the report out as it does a raw text: the article's own words and the facts the page states about itself.
 */
export interface ExtractedArticle {
  /** The headline as the page gives it. */
  headline: string;
  /** The body paragraphs only, as plain text: no navigation, captions, related links, footers or scripts. */
  paragraphs: string[];
  /** The day of publication, YYYY-MM-DD, in the page's own time zone. */
  published: string;
  /** The publication time as the page writes it (ISO 8601, with its offset), when it gives one. */
  publishedAt?: string;
  /** The canonical address (http or https only). */
  url?: string;
  /** The outlet's name (`og:site_name`, JSON-LD `publisher.name`, a feed's title). */
  publisher?: string;
  /** The authors' names, as the page gives them. */
  authors: string[];
  /** The page's language (`<html lang>`), when it says. */
  language?: string;
}

/** A captured document that cannot be ingested: the file (and record) named, and what is wrong. */
export class SourceError extends Error {
  readonly input: string;
  constructor(input: string, problem: string) {
    super(`${input}: ${problem}`);
    this.name = "SourceError";
    this.input = input;
  }
}
