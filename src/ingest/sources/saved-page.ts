import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { type ExtractedArticle, SourceError } from "./extracted-article.ts";
import { collapseWhitespace, dayOfTimestamp, isCalendarDay, paragraphsOfHtml, safeHttpUrl } from "./html-text.ts";

/** A JSON-LD node, as far as the ingest reads one. */
type LinkedData = Record<string, unknown>;

const ARTICLE_TYPES = new Set(["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting"]);

/** Lines a page puts among the story's paragraphs that are not the story: teasers, share bars, copyright notices. */
const NOT_THE_STORY = [
  /^(read more|read also|see also|related( stories| articles)?|most (read|popular|viewed)|share (this|on)|follow us|sign up|subscribe)\b/i,
  /^(©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  // Cookie and consent banners.
  /\b(?:uses cookies|use of cookies|cookie (?:policy|settings))\b/i,
  // A byline or desk line on its own ("By Rania Haddad", "Staff reporter – Friday").
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u,
  /^(?:staff|special) (?:reporter|writer|correspondent)\b.{0,40}$/i,
  // A feed's sign-off: "The post … appeared first on …".
  /^the post .+ appeared first on .+$/i,
];

/** How long a paragraph must be for a page to count as carrying an article. */
const MIN_STORY_PARAGRAPH = 40;

function isRecord(value: unknown): value is LinkedData {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  const collapsed = typeof value === "string" ? collapseWhitespace(value) : "";
  return collapsed.length > 0 ? collapsed : undefined;
}

/** Every node of the page's JSON-LD blocks: arrays and `@graph`s flattened, blocks that are not JSON skipped. */
function linkedDataNodes(document: Document): LinkedData[] {
  const nodes: LinkedData[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      nodes.push(value);
      if (value["@graph"] !== undefined) visit(value["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken block is the page's mistake; the other sources of metadata still count.
    }
  }
  return nodes;
}

/** The article node of the JSON-LD, with `{"@id": …}` references resolved against the other nodes. */
function linkedArticle(document: Document): { article?: LinkedData; resolve: (value: unknown) => unknown } {
  const nodes = linkedDataNodes(document);
  const byId = new Map(nodes.filter((node) => typeof node["@id"] === "string").map((node) => [node["@id"] as string, node]));
  const resolve = (value: unknown): unknown =>
    isRecord(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1 ? (byId.get(value["@id"]) ?? value) : value;
  const article = nodes.find((node) => [node["@type"]].flat().some((type) => typeof type === "string" && ARTICLE_TYPES.has(type)));
  return { article, resolve };
}

function meta(document: Document, selector: string): string | undefined {
  return text(document.querySelector(selector)?.getAttribute("content"));
}

function namesOf(value: unknown, resolve: (value: unknown) => unknown): string[] {
  return [value]
    .flat()
    .map(resolve)
    .map((entry) => (isRecord(entry) ? text(entry.name) : text(entry)))
    .filter((name): name is string => name !== undefined);
}

function headlineOf(document: Document, article: LinkedData | undefined, publisher: string | undefined): string | undefined {
  const headline =
    meta(document, 'meta[property="og:title"]') ??
    text(article?.headline) ??
    text(document.querySelector("h1")?.textContent) ??
    text(document.querySelector("title")?.textContent);
  if (!headline || !publisher) return headline;
  const suffix = [" | ", " - ", " – ", " — "].map((separator) => separator + publisher).find((ending) => headline.endsWith(ending));
  return suffix ? headline.slice(0, -suffix.length).trim() : headline;
}

function publishedOf(document: Document, article: LinkedData | undefined): string | undefined {
  const scope = document.querySelector("article time[datetime], main time[datetime]") ?? document.querySelector("time[datetime]");
  return meta(document, 'meta[property="article:published_time"]') ?? text(article?.datePublished) ?? text(scope?.getAttribute("datetime"));
}

function publicationOf(document: Document, article: LinkedData | undefined, input: string, published: string | undefined) {
  const publishedAt = publishedOf(document, article);
  if (publishedAt) {
    const day = dayOfTimestamp(publishedAt);
    if (!day)
      throw new SourceError(
        input,
        `the page's publication date "${publishedAt}" is not an ISO 8601 date; give it with --published YYYY-MM-DD`,
      );
    return { published: day, publishedAt };
  }
  if (published === undefined) {
    throw new SourceError(
      input,
      "the page gives no publication date (article:published_time, JSON-LD datePublished or <time datetime>); give it with --published YYYY-MM-DD",
    );
  }
  if (!isCalendarDay(published)) throw new SourceError(input, `--published must be a day written YYYY-MM-DD, not "${published}"`);
  return { published };
}

function urlOf(document: Document, article: LinkedData | undefined, resolve: (value: unknown) => unknown): string | undefined {
  const mainEntity = resolve(article?.mainEntityOfPage);
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    document.querySelector('meta[property="og:url"]')?.getAttribute("content"),
    typeof article?.url === "string" ? article.url : undefined,
    typeof mainEntity === "string"
      ? mainEntity
      : isRecord(mainEntity)
        ? [mainEntity.url, mainEntity["@id"]].find((v) => typeof v === "string")
        : undefined,
  ];
  return candidates.map((candidate) => safeHttpUrl(typeof candidate === "string" ? candidate : undefined)).find((url) => url !== undefined);
}

function authorsOf(document: Document, article: LinkedData | undefined, resolve: (value: unknown) => unknown): string[] {
  let authors = namesOf(article?.author, resolve);
  if (authors.length === 0) authors = namesOf(meta(document, 'meta[name="author"]'), resolve);
  if (authors.length === 0)
    authors = namesOf(
      [...document.querySelectorAll('[rel="author"]')].map((link) => link.textContent),
      resolve,
    );
  return [...new Set(authors)];
}

/** The story's paragraphs: what Readability takes for the article, less captions, teasers and notices. */
function storyParagraphs(document: Document, input: string): string[] {
  // Readability drops most of these itself; removing them first makes sure no caption, box or script survives.
  for (const node of document.querySelectorAll("script, style, noscript, template, nav, footer, aside, form, button, figcaption")) {
    node.remove();
  }
  const content = new Readability(document).parse()?.content ?? "";
  const paragraphs = paragraphsOfHtml(content).filter((paragraph) => !isNotTheStory(paragraph));
  if (!paragraphs.some((paragraph) => paragraph.length >= MIN_STORY_PARAGRAPH)) {
    throw new SourceError(
      input,
      `the page has no article text (no paragraph of ${MIN_STORY_PARAGRAPH} characters or more once navigation, captions and boilerplate are dropped); save the article's own page, not an index, a paywall or a consent screen`,
    );
  }
  return paragraphs;
}

/**
 * Reads a saved news page: its headline, publication day (in the page's own offset), address, outlet, authors and
 * language from its metadata, and its story paragraphs as plain text. `options.published` (YYYY-MM-DD) stands in for
 * a page that states no date. Throws a {@link SourceError} naming `input` when there is no date or no article text.
 */
/** Whether a paragraph of a page or a feed item is not the story (a teaser, a share bar, a byline, a banner). */
export function isNotTheStory(paragraph: string): boolean {
  return NOT_THE_STORY.some((pattern) => pattern.test(paragraph));
}

export function extractSavedPage(html: string, input: string, options: { published?: string } = {}): ExtractedArticle {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it reads.
  const { article, resolve } = linkedArticle(document);
  const publisher = meta(document, 'meta[property="og:site_name"]') ?? namesOf(resolve(article?.publisher), resolve)[0];
  const headline = headlineOf(document, article, publisher);
  // Whether the page carries an article at all is said before whether it gives its day.
  let publication: ReturnType<typeof publicationOf> | undefined;
  let undated: unknown;
  try {
    publication = publicationOf(document, article, input, options.published);
  } catch (error) {
    undated = error;
  }
  const url = urlOf(document, article, resolve);
  const authors = authorsOf(document, article, resolve);
  const language = text(document.documentElement.getAttribute("lang"));
  const paragraphs = storyParagraphs(document, input);
  if (!publication) throw undated;
  if (!headline) throw new SourceError(input, "the page gives no headline (og:title, JSON-LD headline, <h1> or <title>)");
  return {
    headline,
    paragraphs,
    ...publication,
    ...(url !== undefined && { url }),
    ...(publisher !== undefined && { publisher }),
    authors,
    ...(language !== undefined && { language }),
  };
}
