/** A link found in a built page. */
export interface PageLink {
  /** The page's path under the site root, e.g. "articles/x/index.html". */
  page: string;
  href: string;
}

const ATTRIBUTE = /<(?:a|link|script|img|source|iframe|use)\b[^>]*?\s(?:href|src)="([^"]*)"/gi;
const ID = /\sid="([^"]*)"/gi;

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every href and src of a page's HTML. */
export function linksIn(page: string, html: string): PageLink[] {
  return [...html.matchAll(ATTRIBUTE)].map((match) => ({ page, href: decode(match[1]!) }));
}

/** Every id of a page's HTML. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((match) => decode(match[1]!)));
}

/**
 * Where an internal link lands in the built site: the file path under the site root and the fragment, or
 * null for links that leave the site (other origins, mailto:, data:).
 */
export function resolveInternalLink(
  link: PageLink,
  base: string,
  origin = "http://site.invalid",
): { file: string; fragment: string } | null {
  const pageUrl = new URL(`${base}${link.page.replace(/index\.html$/, "")}`, origin);
  const url = new URL(link.href, pageUrl);
  if (url.origin !== origin) return null;
  if (!url.pathname.startsWith(base)) return { file: `(outside the base ${base})${url.pathname}`, fragment: "" };
  let file = decodeURIComponent(url.pathname.slice(base.length));
  if (file === "" || file.endsWith("/")) file += "index.html";
  return { file, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** Links whose target file or anchor is missing from the site, described so a reader can find and fix them. */
export function brokenLinks(pages: ReadonlyMap<string, string>, otherFiles: ReadonlySet<string>, base: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) ids.set(file, (found = idsIn(pages.get(file) ?? "")));
    return found;
  };
  const broken: string[] = [];
  for (const [page, html] of pages) {
    for (const link of linksIn(page, html)) {
      const target = resolveInternalLink(link, base);
      if (!target) continue;
      const exists = pages.has(target.file) || otherFiles.has(target.file) || pages.has(`${target.file}/index.html`);
      if (!exists) broken.push(`${page}: "${link.href}" points to ${target.file}, which the build did not produce`);
      else if (target.fragment && pages.has(target.file) && !idsOf(target.file).has(target.fragment)) {
        broken.push(`${page}: "${link.href}" points to #${target.fragment}, which ${target.file} does not have`);
      }
    }
  }
  return broken;
}
