import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { cslItem, type CitableArticle, type CslItem } from "./article-citation.ts";

/** The citation downloads each article offers: file extension, media type and what the reader is told. */
const CITATION_FILES = [
  { extension: "bib", mediaType: "application/x-bibtex", label: "BibTeX" },
  { extension: "ris", mediaType: "application/x-research-info-systems", label: "RIS" },
  { extension: "json", mediaType: "application/vnd.citationstyles.csl+json", label: "CSL-JSON" },
] as const;

export type CitationFormat = (typeof CITATION_FILES)[number]["extension"];

/** BibTeX, as citation-js writes it from the CSL item. */
export function toBibtex(item: CslItem, cite = new Cite(item)): string {
  return `${cite.format("bibtex").trim()}\n`;
}

/**
 * RIS, from citation-js's RIS fields for the item. Two fields its RIS writer leaves out of newspaper articles are
 * added: the full publication day (DA) and a signature that is not a personal name (AU). Lines are not wrapped,
 * so every field reads back whole, and end with CRLF as the RIS specification asks.
 */
export function toRis(item: CslItem, cite = new Cite(item)): string {
  const [fields] = cite.format("ris", { format: "object", spec: "new" });
  const { TY, ...rest } = fields!;
  const [year, month, day] = item.issued["date-parts"][0];
  const extra: Record<string, string | string[]> = {
    DA: `${year}/${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}`,
    ...(item.author && !rest.AU ? { AU: item.author.map((author) => author.literal) } : {}),
  };
  const tags = Object.entries({ ...rest, ...extra }).sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    `TY  - ${TY}`,
    ...tags.flatMap(([tag, value]) => [value].flat().map((line) => `${tag}  - ${String(line).replace(/\s*[\r\n]+\s*/g, " ")}`)),
    "ER  - ",
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** CSL-JSON: a list holding the one item, as citation-js writes it. */
export function toCslJson(item: CslItem, cite = new Cite(item)): string {
  return `${cite.format("data", { format: "text" }).trim()}\n`;
}

/** Every download of an item, from one citation-js parse of it (parsing is the costly part). */
export function citationFiles(item: CslItem): Record<CitationFormat, string> {
  const cite = new Cite(item);
  return { bib: toBibtex(item, cite), ris: toRis(item, cite), json: toCslJson(item, cite) };
}

export interface CitationDownload {
  extension: CitationFormat;
  label: string;
  /** The file itself, as a `data:` URL: the link downloads it with no file on the server. */
  href: string;
  /** The name the file is saved under: `<article id>.<extension>`. */
  filename: string;
}

/**
 * An article's citation downloads, each carried whole in its link. Three files per report beside its page were
 * the largest share of the files a build wrote (6,000 of 14,000 at 2,000 reports); every report's CSL item is
 * still published together in `/data/citations.json`.
 */
export function citationDownloads(article: CitableArticle): CitationDownload[] {
  const files = citationFiles(cslItem(article));
  return CITATION_FILES.map(({ extension, mediaType, label }) => ({
    extension,
    label,
    href: `data:${mediaType};charset=utf-8,${encodeURIComponent(files[extension])}`,
    filename: `${article.id}.${extension}`,
  }));
}
