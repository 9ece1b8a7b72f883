import { DOMParser } from "linkedom";
import { type ExtractedArticle, SourceError } from "./extracted-article.ts";
import { collapseWhitespace, dayOfTimestamp, isCalendarDay, paragraphsOfHtml, safeHttpUrl } from "./html-text.ts";
import { isNotTheStory } from "./saved-page.ts";

/** One item of a feed: the article it carries, or why it carries none. */
export interface FeedItem {
  /** `<file>#item-<n>` (1-based), with the item's title in brackets when it has one. */
  label: string;
  article?: ExtractedArticle;
  error?: string;
}

/** What a feed item gives, before its date and text are checked. */
interface RawItem {
  title?: string;
  link?: string;
  date?: string;
  /** The article as HTML, or undefined when the item carries only a summary. */
  html?: string;
  authors: string[];
  publisher?: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The zone names RFC 822 allows besides numeric offsets. */
const ZONES: Record<string, string> = {
  ut: "+00:00",
  gmt: "+00:00",
  z: "+00:00",
  est: "-05:00",
  edt: "-04:00",
  cst: "-06:00",
  cdt: "-05:00",
  mst: "-07:00",
  mdt: "-06:00",
  pst: "-08:00",
  pdt: "-07:00",
};

/** An RFC 822 date (`Wed, 08 Jul 2020 23:30:00 +0300`) as ISO 8601 with the same offset, or undefined. */
export function rfc822ToIso(date: string): string | undefined {
  const match =
    /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2}|\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]+)?$/i.exec(
      date.trim(),
    );
  if (!match) return undefined;
  const [, dayOfMonth = "", monthName = "", yearText = "", hours, minutes, seconds = "00", zone = "GMT"] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  const year = yearText.length === 2 ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText) : Number(yearText);
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone.toLowerCase()];
  const day = `${year}-${String(month).padStart(2, "0")}-${dayOfMonth.padStart(2, "0")}`;
  return month > 0 && offset && isCalendarDay(day) ? `${day}T${hours}:${minutes}:${seconds}${offset}` : undefined;
}

function childrenNamed(parent: Element, name: string): Element[] {
  return [...parent.children].filter((child) => child.tagName.toLowerCase() === name);
}

function childText(parent: Element, name: string): string | undefined {
  const value = collapseWhitespace(childrenNamed(parent, name)[0]?.textContent ?? "");
  return value.length > 0 ? value : undefined;
}

function rssItem(item: Element, channelTitle: string | undefined): RawItem {
  const creators = [...childrenNamed(item, "dc:creator"), ...childrenNamed(item, "author")];
  return {
    title: childText(item, "title"),
    link: childText(item, "link"),
    date: childText(item, "pubdate") ?? childText(item, "dc:date"),
    html: childrenNamed(item, "content:encoded")[0]?.textContent ?? undefined,
    authors: creators.map((creator) => collapseWhitespace(creator.textContent ?? "")),
    publisher: childText(item, "source") ?? channelTitle,
  };
}

/** An Atom `content` or `source` element's body as HTML, whichever of text, html and xhtml it is typed. */
function atomHtml(content: Element | undefined): string | undefined {
  if (!content) return undefined;
  const type = (content.getAttribute("type") ?? "text").toLowerCase();
  if (type === "xhtml") return content.innerHTML;
  const body = content.textContent ?? "";
  if (type === "html" || type === "text/html") return body;
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</p>`)
    .join("");
}

function atomItem(entry: Element, feedTitle: string | undefined): RawItem {
  const links = childrenNamed(entry, "link");
  const link = links.find((candidate) => (candidate.getAttribute("rel") ?? "alternate") === "alternate") ?? links[0];
  const source = childrenNamed(entry, "source")[0];
  return {
    title: childText(entry, "title"),
    link: link?.getAttribute("href") ?? undefined,
    date: childText(entry, "published") ?? childText(entry, "updated"),
    html: atomHtml(childrenNamed(entry, "content")[0]),
    authors: childrenNamed(entry, "author").map((author) => childText(author, "name") ?? ""),
    publisher: (source && childText(source, "title")) ?? feedTitle,
  };
}

function articleOf(raw: RawItem, label: string): ExtractedArticle | string {
  if (!raw.title) return `${label}: the item has no title`;
  const publishedAt = raw.date && (dayOfTimestamp(raw.date) ? raw.date : rfc822ToIso(raw.date));
  const published = publishedAt && dayOfTimestamp(publishedAt);
  if (!publishedAt || !published) {
    return raw.date
      ? `${label}: the item's date "${raw.date}" is neither RFC 822 nor ISO 8601`
      : `${label}: the item gives no date (pubDate, published or updated)`;
  }
  const paragraphs = raw.html === undefined ? [] : paragraphsOfHtml(raw.html).filter((paragraph) => !isNotTheStory(paragraph));
  if (paragraphs.length === 0)
    return `${label}: the item has no article text (no content:encoded / content); the feed carries only summaries`;
  const url = safeHttpUrl(raw.link);
  return {
    headline: raw.title,
    paragraphs,
    published,
    publishedAt,
    ...(url !== undefined && { url }),
    ...(raw.publisher !== undefined && { publisher: raw.publisher }),
    authors: [...new Set(raw.authors.filter((author) => author.length > 0))],
  };
}

/**
 * Reads an RSS 2.0 or Atom feed: one entry per item, with the article when the item carries its full text
 * (`content:encoded`, Atom `content`) and an error naming the item when it does not. Throws a {@link SourceError}
 * naming `input` when the file is neither RSS nor Atom or has no items.
 */
export function extractFeed(xml: string, input: string): { items: FeedItem[] } {
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement as unknown as Element | null;
  const rootName = root?.tagName.toLowerCase();
  let raws: RawItem[];
  if (root && rootName === "rss") {
    const channel = childrenNamed(root, "channel")[0];
    const title = channel && childText(channel, "title");
    raws = channel ? childrenNamed(channel, "item").map((item) => rssItem(item, title)) : [];
  } else if (root && rootName === "feed") {
    const title = childText(root, "title");
    raws = childrenNamed(root, "entry").map((entry) => atomItem(entry, title));
  } else {
    throw new SourceError(
      input,
      `the file is not an RSS 2.0 or Atom feed (its root element is ${rootName ? `<${rootName}>` : "missing"}, not <rss> or <feed>)`,
    );
  }
  if (raws.length === 0) throw new SourceError(input, `the ${rootName === "rss" ? "RSS" : "Atom"} feed has no items`);
  return {
    items: raws.map((raw, index) => {
      const label = `${input}#item-${index + 1}${raw.title ? ` (${raw.title})` : ""}`;
      const result = articleOf(raw, label);
      return typeof result === "string" ? { label, error: result } : { label, article: result };
    }),
  };
}
