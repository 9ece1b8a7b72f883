import { compareArticles, type ArticleRecord } from "../../archive/model.ts";
import { findEntity, type Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { SITE_NAME } from "../site-config.ts";

/** What a citation of an archived article is made of. */
export interface CitableArticle {
  /** The article's id, also the key of its citation files. */
  id: string;
  title: string;
  /** Publication day, YYYY-MM-DD. */
  published: string;
  /** Name of the outlet that published it. */
  publisher?: string;
  /** Signature as printed ("NA/PA"), cited as the author. */
  credits?: string;
  /** Address of the original report. */
  originalUrl?: string;
  /** Day the original was retrieved, YYYY-MM-DD. */
  retrieved?: string;
  /** Absolute address of the article in the archive. */
  archiveUrl: string;
  /** The archive's name, "Dossier". */
  archiveName: string;
}

/** What a citation of one archived article says, from its record; `links` are absolute. */
export function citableArticle(article: ArticleRecord, archive: Archive, links: SiteLinks): CitableArticle {
  const publisher = findEntity(archive, "organizations", article.publisher)?.name;
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    ...(publisher ? { publisher } : {}),
    ...(article.credits ? { credits: article.credits } : {}),
    ...(article.source.url ? { originalUrl: article.source.url } : {}),
    ...(article.source.retrieved ? { retrieved: article.source.retrieved } : {}),
    archiveUrl: links.article(article.id),
    archiveName: SITE_NAME,
  };
}

/** A run of citation text; `italic` runs are titles of periodicals. */
export interface CitationPart {
  text: string;
  italic?: boolean;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function dateParts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return [year, month, day];
}

/** Ends a sentence with a period unless it already ends with . ? or !. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The citation as one plain string, as it reads when copied. */
export function citationText(parts: readonly CitationPart[]): string {
  return parts.map((part) => part.text).join("");
}

/**
 * Chicago (notes and bibliography, bibliography entry) of the archived article: credits, “headline,” the
 * newspaper in italics, the day, the original address, and where it is archived.
 * `NA/PA. “Headline.” Tehran Times, July 10, 2020. https://original. Archived in Dossier, https://archive/.`
 */
export function chicagoCitation(article: CitableArticle): CitationPart[] {
  const [year, month, day] = dateParts(article.published);
  const date = `${MONTHS[month - 1]} ${day}, ${year}`;
  // Chicago puts the period inside the closing quote, unless the headline ends with its own mark.
  const headline = `“${sentence(article.title)}”`;
  return [
    { text: `${article.credits ? `${sentence(article.credits)} ` : ""}${headline} ` },
    ...(article.publisher ? [{ text: article.publisher, italic: true }, { text: `, ${date}.` }] : [{ text: `${date}.` }]),
    { text: `${article.originalUrl ? ` ${article.originalUrl}.` : ""} Archived in ${article.archiveName}, ${article.archiveUrl}.` },
  ];
}

/**
 * APA (7th edition) of the archived article: credits, (year, month day), headline, the newspaper in italics,
 * and the address of the archived copy. Without credits the headline takes the author's place.
 * `NA/PA. (2020, July 10). Headline. Tehran Times. https://archive/`
 */
export function apaCitation(article: CitableArticle): CitationPart[] {
  const [year, month, day] = dateParts(article.published);
  const date = `(${year}, ${MONTHS[month - 1]} ${day}).`;
  const lead = article.credits ? `${sentence(article.credits)} ${date} ${sentence(article.title)} ` : `${sentence(article.title)} ${date} `;
  return [
    { text: lead },
    ...(article.publisher ? [{ text: article.publisher, italic: true }, { text: ". " }] : []),
    { text: article.archiveUrl },
  ];
}

/** A CSL-JSON item: the one description of the article that the BibTeX, RIS and CSL-JSON downloads are made from. */
export interface CslItem {
  id: string;
  "citation-key": string;
  type: "article-newspaper";
  title: string;
  "container-title"?: string;
  publisher?: string;
  author?: { literal: string }[];
  issued: { "date-parts": [[number, number, number]] };
  accessed?: { "date-parts": [[number, number, number]] };
  URL: string;
  archive: string;
  note?: string;
  language: string;
}

/** A BibTeX key from the publisher, year and first word of the headline: `tehrantimes2020syrian`. */
export function citationKey(article: CitableArticle): string {
  const word = (text: string) =>
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "");
  const firstWord =
    article.title
      .split(/\s+/)
      .map(word)
      .find((w) => w.length > 0) ?? "article";
  return `${article.publisher ? word(article.publisher) : "dossier"}${article.published.slice(0, 4)}${firstWord}`;
}

/**
 * The archived article as CSL-JSON. Its URL is the archived copy's, as in the APA citation; the original's
 * address, when known, is in the note.
 */
export function cslItem(article: CitableArticle): CslItem {
  return {
    id: article.id,
    "citation-key": citationKey(article),
    type: "article-newspaper",
    title: article.title,
    ...(article.publisher ? { "container-title": article.publisher, publisher: article.publisher } : {}),
    ...(article.credits ? { author: [{ literal: article.credits }] } : {}),
    issued: { "date-parts": [dateParts(article.published)] },
    ...(article.retrieved ? { accessed: { "date-parts": [dateParts(article.retrieved)] } } : {}),
    URL: article.archiveUrl,
    archive: article.archiveName,
    ...(article.originalUrl ? { note: `Original: ${article.originalUrl}` } : {}),
    language: "en",
  };
}

/**
 * The CSL item of every article in the archive, by day then id: `/data/citations.json`, which a reference manager
 * imports whole and from which the build writes each article's citation files.
 */
export function archiveCslItems(archive: Archive, links: SiteLinks): CslItem[] {
  return [...archive.articles].sort(compareArticles).map((article) => cslItem(citableArticle(article, archive, links)));
}

/**
 * `citation_*` meta tags, the Highwire convention Zotero and Google Scholar read, as [name, content] pairs.
 * Dates are written YYYY/MM/DD as the convention asks.
 */
export function citationMetaTags(article: CitableArticle): [string, string][] {
  return [
    ["citation_title", article.title],
    ...(article.credits ? [["citation_author", article.credits] as [string, string]] : []),
    ["citation_publication_date", article.published.replaceAll("-", "/")],
    ["citation_date", article.published.replaceAll("-", "/")],
    ...(article.publisher
      ? [["citation_journal_title", article.publisher] as [string, string], ["citation_publisher", article.publisher] as [string, string]]
      : []),
    ["citation_public_url", article.archiveUrl],
    ["citation_language", "en"],
  ];
}
