import { readFileSync } from "node:fs";
import { getCollection, type CollectionEntry } from "astro:content";
import { ENTITY_COLLECTIONS, perEntityCollection, type EntityCollection } from "../archive/entity-kinds.ts";
import { mdxBody } from "../archive/mdx-source.ts";
import type { ArticleRecord, EntityRecord, EventRecord } from "../archive/model.ts";
import { checkArchive, formatProblem } from "./archive-checks.ts";
import { indexArchive, type Archive } from "./index-archive.ts";

/** An article as Astro's content layer holds it: what `render()` takes for a body that compiles as MDX. */
export type ArticleEntry = CollectionEntry<"articles">;
type EntityEntry = CollectionEntry<EntityCollection>;

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);
const optional = <K extends string, V>(key: K, value: V | undefined | null | "") => (value ? ({ [key]: value } as Record<K, V>) : {});

function articleRecord({ id, data }: ArticleEntry): ArticleRecord {
  return {
    id,
    title: data.title,
    summary: data.summary,
    published: data.published,
    ...optional("language", data.language),
    ...optional("dateline", data.dateline?.id),
    ...optional("datelineText", data.datelineText),
    ...optional("publisher", data.publisher?.id),
    ...optional("credits", data.credits),
    source: {
      ...optional("url", data.source.url),
      sha256: data.source.sha256,
      ...optional("retrieved", data.source.retrieved),
      ...optional("publisherName", data.source.publisherName),
      ...optional("authors", data.source.authors),
      ...optional("publishedAt", data.source.publishedAt),
      ...optional("capture", data.source.capture),
      ...optional("original", data.source.original),
    },
    ...perEntityCollection((collection) => ids(data[collection])),
    cites: data.cites.map((cite) => ({ outlet: cite.outlet.id, paragraph: cite.paragraph, phrase: cite.phrase })),
    quotes: data.quotes.map((quote) => ({
      text: quote.text,
      paragraph: quote.paragraph,
      ...optional("speaker", quote.speaker?.id),
      ...optional("speakerName", quote.speakerName),
      reportedBy: ids(quote.reportedBy),
    })),
    dates: data.dates.map(({ text, date, paragraph, rule }) => ({
      text,
      date,
      paragraph,
      rule: rule as ArticleRecord["dates"][number]["rule"],
    })),
    draft: data.draft,
  };
}

function eventRecord({ id, data }: CollectionEntry<"events">): EventRecord {
  return {
    id,
    title: data.title,
    summary: data.summary,
    start: data.start,
    end: data.end,
    dateField: data.dateField,
    ...optional("parent", data.parent?.id),
    ...optional("place", data.place?.id),
    people: ids(data.people),
    organizations: ids(data.organizations),
    reports: data.reports.map(({ article, paragraph, phrase, announced, why }) => ({
      article: article.id,
      paragraph,
      phrase,
      ...optional("announced", announced),
      ...(why
        ? {
            why: {
              ...optional("action", why.action),
              people: ids(why.people),
              organizations: ids(why.organizations),
              ...optional("place", why.place?.id),
              unsure: why.unsure,
            },
          }
        : {}),
    })),
    ...optional("action", data.action),
    status: data.status,
    conflicts: data.conflicts.map(({ event, article, note }) => ({ event: event.id, article: article.id, note })),
    draft: data.draft,
  };
}

function entityRecord(collection: EntityCollection, { id, data }: EntityEntry): EntityRecord {
  // The collections' types come from schema factories generic in the reference type: references read as unknown.
  const fields = data as Omit<EntityEntry["data"], "foundIn"> & {
    role?: string;
    title?: string;
    kind?: string;
    country?: { id: string };
    lat?: number;
    lon?: number;
    coordinatesProposed?: boolean;
    foundIn: { article: { id: string }; paragraph: number; text: string }[];
  };
  return {
    collection,
    id,
    name: fields.name,
    aliases: fields.aliases,
    originalScript: fields.originalScript,
    description: fields.description,
    ...optional("role", fields.role),
    ...optional("title", fields.title),
    ...optional("kind", fields.kind),
    ...optional("country", fields.country?.id),
    // 0 is a latitude (the equator) and a longitude (Greenwich): `optional` would drop it.
    ...(fields.lat !== undefined && fields.lon !== undefined ? { lat: fields.lat, lon: fields.lon } : {}),
    ...optional("coordinatesProposed", fields.coordinatesProposed),
    draft: fields.draft,
    foundIn: fields.foundIn.map(({ article, paragraph, text }) => ({ article: article.id, paragraph, text })),
  };
}

let entries: Map<string, ArticleEntry> | undefined;

async function loadArchive(): Promise<Archive> {
  const [articles, events, ...entityEntries] = await Promise.all([
    getCollection("articles"),
    getCollection("events"),
    ...ENTITY_COLLECTIONS.map((collection) => getCollection(collection)),
  ]);
  const entities = perEntityCollection((collection) =>
    entityEntries[ENTITY_COLLECTIONS.indexOf(collection)]!.map((entry) => entityRecord(collection, entry)),
  );
  const files = new Map<string, string>();
  for (const entry of [...articles, ...events, ...entityEntries.flat()])
    if (entry.filePath) files.set(`${entry.collection}/${entry.id}`, entry.filePath);
  // The checks point into the source files of articles and events; bodies are not kept in the content store
  // (src/site/body/mdx-articles-loader.ts), so they come from the same reading.
  const sources = [...articles, ...events].flatMap((entry) =>
    entry.filePath ? [{ file: entry.filePath, text: readFileSync(entry.filePath, "utf8") }] : [],
  );
  const sourceText = new Map(sources.map(({ file, text }) => [file, text]));
  const bodies = new Map(articles.map((article) => [article.id, mdxBody(sourceText.get(article.filePath ?? "") ?? "")]));
  const records = { articles: articles.map(articleRecord), events: events.map(eventRecord), entities, bodies, files };
  const problems = checkArchive(records, sources);
  if (problems.length > 0) {
    throw new Error(`The archive has ${problems.length} problem(s):\n${problems.map((p) => `- ${formatProblem(p)}`).join("\n")}`);
  }
  entries = new Map(articles.map((entry) => [entry.id, entry]));
  return indexArchive(records);
}

let archive: Promise<Archive> | undefined;

/** The whole archive, loaded and checked once per build and shared by every page. */
export function getArchive(): Promise<Archive> {
  archive ??= loadArchive();
  return archive;
}

/** A report's entry in Astro's content layer, for rendering a body that compiles as MDX. */
export async function getArticleEntry(id: string): Promise<ArticleEntry> {
  await getArchive();
  return entries!.get(id)!;
}

export type { Archive };
