import type { APIRequestContext } from "@playwright/test";

export interface CrawledPage {
  path: string;
  ids: Set<string>;
  links: string[];
}

const HREF = /<(?:a|link)\b[^>]*?\bhref="([^"]*)"/gi;
const ID = /\bid="([^"]*)"/gi;

function decode(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/**
 * Fetches every page reachable by links from the start pages, staying on the site, and records each page's
 * ids and links, so tests can check every page and every link without a browser.
 */
export async function crawlSite(request: APIRequestContext, origin: string, start: string[]): Promise<Map<string, CrawledPage>> {
  const pages = new Map<string, CrawledPage>();
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await request.get(path);
    const type = response.headers()["content-type"] ?? "";
    const page: CrawledPage = { path, ids: new Set(), links: [] };
    pages.set(path, page);
    if (!response.ok() || !type.includes("text/html")) continue;
    const html = await response.text();
    page.ids = new Set([...html.matchAll(ID)].map((m) => decode(m[1]!)));
    page.links = [...html.matchAll(HREF)].map((m) => new URL(decode(m[1]!), new URL(path, origin)).href);
    for (const link of page.links) {
      const url = new URL(link);
      if (url.origin === origin && !pages.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return pages;
}
