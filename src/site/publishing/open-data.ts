import { perEntityCollection } from "../../archive/entity-kinds.ts";
import { compareArticles, type ArticleRecord, type EntityRecord, type EventRecord } from "../../archive/model.ts";
import { paragraphId } from "../../archive/paragraphs.ts";
import type { Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { toCsv } from "./csv.ts";
import { provenanceOf } from "./provenance.ts";

/** Version of the `/data/archive.json` format; raised when a field changes meaning or disappears. */
export const OPEN_DATA_VERSION = 1;

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

function articleData(article: ArticleRecord, archive: Archive, links: SiteLinks) {
  return {
    id: article.id,
    url: links.article(article.id),
    title: article.title,
    summary: article.summary,
    published: article.published,
    ...optional("dateline", article.dateline),
    ...optional("datelineText", article.datelineText),
    ...optional("publisher", article.publisher),
    ...optional("credits", article.credits),
    source: provenanceOf(article, links),
    ...perEntityCollection((collection) => article[collection]),
    cites: article.cites.map(({ outlet, paragraph, phrase }) => ({ outlet, paragraph, phrase })),
    events: (archive.eventsByArticle.get(article.id) ?? []).map((event) => event.id),
    draft: article.draft,
  };
}

/** An entity as its file has it (name, aliases, original script, description, role, title, kind, country), with its page. */
function entityData(entity: EntityRecord, links: SiteLinks) {
  const { collection, id, ...fields } = entity;
  return { id, url: links.entity(collection, id), ...fields };
}

function eventData(event: EventRecord, archive: Archive, links: SiteLinks) {
  return {
    id: event.id,
    url: links.event(event.id),
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
      ...optional("url", archive.articlesById.has(article) ? links.article(article, paragraph) : undefined),
    })),
  };
}

/**
 * The whole archive as one JSON document: articles' metadata (not their text), people, organizations, places
 * and events with their reports. Lists are sorted (articles by day then id, entities by id, events by date) and
 * nothing depends on the time of the build, so the same archive always gives the same file.
 */
export function archiveData(archive: Archive, links: SiteLinks) {
  return {
    format: "dossier-archive",
    version: OPEN_DATA_VERSION,
    home: links.home,
    articles: [...archive.articles].sort(compareArticles).map((article) => articleData(article, archive, links)),
    ...perEntityCollection((collection) => [...archive.entities[collection].values()].map((entity) => entityData(entity, links))),
    events: archive.events.map((event) => eventData(event, archive, links)),
  };
}

export type ArchiveData = ReturnType<typeof archiveData>;

/** `/data/archive.json`: the archive data, indented, ending with a newline. */
export function archiveJson(archive: Archive, links: SiteLinks): string {
  return `${JSON.stringify(archiveData(archive, links), null, 2)}\n`;
}

/** The columns of `/data/events.csv`, in order. */
export const EVENT_COLUMNS = ["id", "title", "start", "end", "place", "people", "organizations", "parent", "reports"] as const;

/**
 * `/data/events.csv`: one row per event in date order. Lists of ids are separated by `;`; each report is
 * written `<article id>#p-<paragraph>`.
 */
export function eventsCsv(archive: Archive): string {
  const rows = archive.events.map((event) => [
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
