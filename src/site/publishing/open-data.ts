import { compareArticles, compareEvents } from "../../archive/model.ts";
import type { ArchiveRecords, ArticleRecord, EntityRecord, EventRecord } from "./record-index.ts";
import { toCsv } from "./csv.ts";
import { paragraphId } from "../body/paragraph-anchors.ts";

/** Version of the `/data/archive.json` format; raised when a field changes meaning or disappears. */
export const OPEN_DATA_VERSION = 1;

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

function articleData(article: ArticleRecord, events: readonly EventRecord[]) {
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    summary: article.summary,
    published: article.published,
    ...optional("dateline", article.dateline),
    ...optional("datelineText", article.datelineText),
    ...optional("publisher", article.publisher),
    ...optional("credits", article.credits),
    source: { ...optional("url", article.source.url), sha256: article.source.sha256, ...optional("retrieved", article.source.retrieved) },
    people: article.people,
    organizations: article.organizations,
    places: article.places,
    cites: article.cites.map(({ outlet, paragraph, phrase }) => ({ outlet, paragraph, phrase })),
    events: events.filter((event) => event.reports.some((report) => report.article === article.id)).map((event) => event.id),
    draft: article.draft,
  };
}

function entityData(entity: EntityRecord) {
  return {
    id: entity.id,
    url: entity.url,
    name: entity.name,
    aliases: entity.aliases,
    originalScript: entity.originalScript,
    description: entity.description,
    ...optional("role", entity.role),
    ...optional("title", entity.title),
    ...optional("kind", entity.kind),
    ...optional("country", entity.country),
  };
}

function eventData(event: EventRecord, articles: ReadonlyMap<string, ArticleRecord>) {
  return {
    id: event.id,
    url: event.url,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    ...optional("parent", event.parent),
    ...optional("place", event.place),
    people: event.people,
    organizations: event.organizations,
    reports: event.reports.map(({ article, paragraph, phrase }) => ({
      article,
      paragraph,
      phrase,
      ...optional("url", articles.get(article) && `${articles.get(article)!.url}#${paragraphId(paragraph)}`),
    })),
  };
}

/**
 * The whole archive as one JSON document: articles' metadata (not their text), people, organizations, places
 * and events with their reports. Lists are sorted (articles by day then id, entities by id, events by date) and
 * nothing depends on the time of the build, so the same archive always gives the same file.
 */
export function archiveData(records: ArchiveRecords) {
  const events = [...records.events].sort(compareEvents);
  const articles = new Map(records.articles.map((article) => [article.id, article]));
  return {
    format: "dossier-archive",
    version: OPEN_DATA_VERSION,
    home: records.home,
    articles: [...records.articles].sort(compareArticles).map((article) => articleData(article, events)),
    people: [...records.people].sort(byId).map(entityData),
    organizations: [...records.organizations].sort(byId).map(entityData),
    places: [...records.places].sort(byId).map(entityData),
    events: events.map((event) => eventData(event, articles)),
  };
}

export type ArchiveData = ReturnType<typeof archiveData>;

/** `/data/archive.json`: the archive data, indented, ending with a newline. */
export function archiveJson(records: ArchiveRecords): string {
  return `${JSON.stringify(archiveData(records), null, 2)}\n`;
}

/** The columns of `/data/events.csv`, in order. */
export const EVENT_COLUMNS = ["id", "title", "start", "end", "place", "people", "organizations", "parent", "reports"] as const;

/**
 * `/data/events.csv`: one row per event in date order. Lists of ids are separated by `;`; each report is
 * written `<article id>#p-<paragraph>`.
 */
export function eventsCsv(records: ArchiveRecords): string {
  const rows = [...records.events]
    .sort(compareEvents)
    .map((event) => [
      event.id,
      event.title,
      event.start,
      event.end,
      event.place,
      event.people.join(";"),
      event.organizations.join(";"),
      event.parent,
      event.reports.map((report) => `${report.article}#${paragraphId(report.paragraph)}`).join(";"),
    ]);
  return toCsv([EVENT_COLUMNS, ...rows]);
}
