import { getArchive, type Archive, type Entity } from "../archive.ts";
import { articleHref, entityHref, eventHref } from "../views/views.ts";
import type { EntityCollection as EntityKind } from "../../archive/entity-kinds.ts";
import type { ArticleRecord as PlainArticle } from "../../archive/model.ts";
import { indexRecords, type ArchiveRecords, type EntityRecord, type RecordIndex } from "./record-index.ts";


function entityRecord(entity: Entity, collection: EntityKind, url: string): EntityRecord {
  const data = entity.data as Entity["data"] & { role?: string; title?: string; kind?: string; country?: { id: string } };
  return {
    collection,
    id: entity.id,
    url,
    name: data.name,
    aliases: data.aliases,
    originalScript: data.originalScript,
    description: data.description,
    ...(data.role ? { role: data.role } : {}),
    ...(data.title ? { title: data.title } : {}),
    ...(data.kind ? { kind: data.kind } : {}),
    ...(data.country ? { country: data.country.id } : {}),
  };
}

/**
 * The archive as plain records whose URLs are absolute: `site` is the origin (`Astro.site`), `base` the
 * deployment folder (`import.meta.env.BASE_URL`).
 */
export function archiveRecords(archive: Archive, site: URL | string, base: string): ArchiveRecords {
  const absolute = (path: string) => new URL(path, site).href;
  const entities = (collection: EntityKind) =>
    [...(archive[collection] as Map<string, Entity>).values()]
      .map((entity) => entityRecord(entity, collection, absolute(entityHref(base, collection, entity.id))))
      .sort((a, b) => a.id.localeCompare(b.id));
  return {
    home: absolute(base),
    articles: archive.articles.map(({ id, data }) => ({
      id,
      url: absolute(articleHref(base, id)),
      title: data.title,
      summary: data.summary,
      published: data.published,
      ...(data.dateline ? { dateline: data.dateline.id } : {}),
      ...(data.datelineText ? { datelineText: data.datelineText } : {}),
      ...(data.publisher ? { publisher: data.publisher.id } : {}),
      ...(data.credits ? { credits: data.credits } : {}),
      source: {
        ...(data.source.url ? { url: data.source.url } : {}),
        sha256: data.source.sha256,
        ...(data.source.retrieved ? { retrieved: data.source.retrieved } : {}),
      },
      people: data.people.map((ref) => ref.id),
      organizations: data.organizations.map((ref) => ref.id),
      places: data.places.map((ref) => ref.id),
      cites: data.cites.map((cite) => ({ outlet: cite.outlet.id, paragraph: cite.paragraph, phrase: cite.phrase })),
      quotes: data.quotes.map((quote) => ({
        text: quote.text,
        paragraph: quote.paragraph,
        ...(quote.speaker ? { speaker: quote.speaker.id } : {}),
        ...(quote.speakerName ? { speakerName: quote.speakerName } : {}),
        reportedBy: quote.reportedBy.map((ref) => ref.id),
      })),
      dates: data.dates.map(({ text, date, paragraph, rule }) => ({ text, date, paragraph, rule: rule as PlainArticle["dates"][number]["rule"] })),
      draft: data.draft,
    })),
    events: archive.events.map(({ id, data }) => ({
      id,
      url: absolute(eventHref(base, id)),
      title: data.title,
      summary: data.summary,
      start: data.start,
      end: data.end,
      ...(data.parent ? { parent: data.parent.id } : {}),
      ...(data.place ? { place: data.place.id } : {}),
      people: data.people.map((ref) => ref.id),
      organizations: data.organizations.map((ref) => ref.id),
      reports: data.reports.map((report) => ({ article: report.article.id, paragraph: report.paragraph, phrase: report.phrase })),
      dateField: data.dateField,
      draft: data.draft,
    })),
    people: entities("people"),
    organizations: entities("organizations"),
    places: entities("places"),
  };
}

const cache = new Map<string, Promise<RecordIndex>>();

/** The archive's records, indexed, for this deployment; built once per build and shared by every page. */
export function getRecordIndex(site: URL | string | undefined, base: string): Promise<RecordIndex> {
  const origin = new URL(String(site ?? "http://localhost:4321")).href;
  const key = `${origin} ${base}`;
  let index = cache.get(key);
  if (!index) {
    index = getArchive().then((archive) => indexRecords(archiveRecords(archive, origin, base)));
    cache.set(key, index);
  }
  return index;
}

