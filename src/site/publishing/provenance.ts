import { compareArticles, type ArticleRecord } from "../../archive/model.ts";
import type { Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";

/** Version of the `/data/provenance.json` format; raised when a field changes meaning or disappears. */
export const PROVENANCE_VERSION = 1;

/**
 * A report's chain from capture to publication, as `/data/provenance.json` and the open data give it: the
 * original address and publication time, the capture (address captured, when, by what, its record and payload
 * digest), the stored original (its address on this site, sha256 and size) and the sha256 of the text the
 * archive took from it. `npm run verify -- --site DIR` recomputes every hash from these files.
 */
export function provenanceOf(article: ArticleRecord, links: SiteLinks) {
  const { source } = article;
  return {
    ...(source.url ? { url: source.url } : {}),
    ...(source.publishedAt ? { publishedAt: source.publishedAt } : {}),
    ...(source.publisherName ? { publisherName: source.publisherName } : {}),
    ...(source.authors ? { authors: source.authors } : {}),
    ...(source.retrieved ? { retrieved: source.retrieved } : {}),
    ...(source.file ? { file: source.file } : {}),
    ...(source.capture ? { capture: source.capture } : {}),
    ...(source.original ? { original: { ...source.original, href: links.page(source.original.file) } } : {}),
    /** sha256 of the report's text as the archive took it. */
    sha256: source.sha256,
  };
}

/** `/data/provenance.json`: every report's provenance, with its page, in the archive's report order. */
export function provenanceJson(archive: Archive, links: SiteLinks): string {
  const reports = [...archive.articles].sort(compareArticles).map((article) => ({
    article: article.id,
    page: links.article(article.id),
    title: article.title,
    published: article.published,
    ...provenanceOf(article, links),
  }));
  return `${JSON.stringify({ version: PROVENANCE_VERSION, reports }, null, 2)}\n`;
}
