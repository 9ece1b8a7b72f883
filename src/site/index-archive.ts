import { ENTITY_COLLECTIONS, entityKey, entityKeyParts, perEntityCollection, type EntityCollection } from "../archive/entity-kinds.ts";
import {
  compareArticlesNewestFirst,
  compareEvents,
  type ArticleRecord,
  type EntityRecord,
  type EventConflict,
  type EventRecord,
  type OutletCitation,
  type ReportedQuote,
} from "../archive/model.ts";
import { addToList } from "../archive/multimap.ts";
import { countCoOccurrences, type Context, type CoOccurrences } from "./co-occurrence.ts";

/** What the content files hold, as the model's records: the input of `indexArchive`. */
export interface ArchiveRecords {
  articles: readonly ArticleRecord[];
  events: readonly EventRecord[];
  entities: Record<EntityCollection, readonly EntityRecord[]>;
  /** Each report's body (its MDX source below the frontmatter), by article id. */
  bodies: ReadonlyMap<string, string>;
  /** The content file each record was read from, by `articles/<id>`, `events/<id>` or `<collection>/<id>`. */
  files?: ReadonlyMap<string, string>;
}

export interface QuoteUse {
  article: ArticleRecord;
  quote: ReportedQuote;
}

export interface OutletCitationUse {
  article: ArticleRecord;
  citation: OutletCitation;
}

/**
 * The archive, loaded once per build: its records, and every link between them indexed so that no page scans the
 * whole archive. Lists of events are in the one event order (`compareEvents`), lists of reports newest first.
 */
export interface Archive {
  /** Newest first. */
  articles: ArticleRecord[];
  /** In the event order. */
  events: EventRecord[];
  /** Each collection's entities by id, in id order. */
  entities: Record<EntityCollection, Map<string, EntityRecord>>;
  articlesById: Map<string, ArticleRecord>;
  eventsById: Map<string, EventRecord>;
  bodies: ReadonlyMap<string, string>;
  files: ReadonlyMap<string, string>;
  /** The events each report states, by article id. */
  eventsByArticle: Map<string, EventRecord[]>;
  /**
   * Each event's conflicts with other events, by event id, in both directions: those its file lists, and those
   * another event's file lists with it (as they name the other event, `event` is always the other one), each once.
   */
  conflictsOf: Map<string, EventConflict[]>;
  /** The sub-events of each span, by parent id. */
  subEvents: Map<string, EventRecord[]>;
  /** Events each entity takes part in, or that happened at a place, by entity key (`people/<id>`). */
  eventsOf: Map<string, EventRecord[]>;
  /** Reports naming each entity among their people, organizations or places, by entity key. */
  articlesMentioning: Map<string, ArticleRecord[]>;
  /** Reports filed from each place (their dateline), by place id. */
  articlesFiledFrom: Map<string, ArticleRecord[]>;
  /** Reports each outlet published, by organization id. */
  articlesPublishedBy: Map<string, ArticleRecord[]>;
  /** Quotes by the person who said them, by person id. */
  quotesBySpeaker: Map<string, QuoteUse[]>;
  /** Quotes each outlet is credited with passing on, by organization id. */
  quotesByReporter: Map<string, QuoteUse[]>;
  /** What reports attribute to each outlet, by organization id. */
  citationsByOutlet: Map<string, OutletCitationUse[]>;
  /** The places that lie in each country or region (their `country`), by place id. */
  placesIn: Map<string, EntityRecord[]>;
  /** Entities named together in reports and events, by entity key. */
  companions: CoOccurrences;
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
const idOrder = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function articleMembers(article: ArticleRecord): string[] {
  return ENTITY_COLLECTIONS.flatMap((collection) => article[collection].map((id) => entityKey(collection, id)));
}

function eventMembers(event: EventRecord): string[] {
  return [
    ...event.people.map((id) => entityKey("people", id)),
    ...event.organizations.map((id) => entityKey("organizations", id)),
    ...(event.place ? [entityKey("places", event.place)] : []),
  ];
}

/**
 * A conflict is written in one of the two events' files; both pages show it. The same conflict written in both
 * files (the same other event and report) is kept once, and each list follows the event order of the other events.
 */
function conflictsBothWays(events: readonly EventRecord[]): Map<string, EventConflict[]> {
  const found = new Map<string, Map<string, EventConflict>>();
  const add = (eventId: string, conflict: EventConflict) => {
    const list = found.get(eventId) ?? new Map<string, EventConflict>();
    const key = `${conflict.event}\n${conflict.article}`;
    if (!list.has(key)) list.set(key, conflict);
    found.set(eventId, list);
  };
  // Every file's own conflicts first, so that a conflict written in both files keeps each file's words.
  for (const event of events) for (const conflict of event.conflicts) add(event.id, conflict);
  for (const event of events) for (const conflict of event.conflicts) add(conflict.event, { ...conflict, event: event.id });
  const order = new Map(events.map((event, i) => [event.id, i]));
  const position = (id: string) => order.get(id) ?? events.length;
  return new Map(
    [...found].map(([eventId, list]) => [
      eventId,
      [...list.values()].sort(
        (a, b) => position(a.event) - position(b.event) || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0),
      ),
    ]),
  );
}

/** Orders the records and indexes every link between reports, events and entities, in one pass over each. */
export function indexArchive(records: ArchiveRecords): Archive {
  const articles = [...records.articles].sort(compareArticlesNewestFirst);
  const events = [...records.events].sort(compareEvents);
  const entities = perEntityCollection((collection) => byId([...records.entities[collection]].sort(idOrder)));
  const archive: Archive = {
    articles,
    events,
    entities,
    articlesById: byId(articles),
    eventsById: byId(events),
    bodies: records.bodies,
    files: records.files ?? new Map(),
    eventsByArticle: new Map(),
    conflictsOf: conflictsBothWays(events),
    subEvents: new Map(),
    eventsOf: new Map(),
    articlesMentioning: new Map(),
    articlesFiledFrom: new Map(),
    articlesPublishedBy: new Map(),
    quotesBySpeaker: new Map(),
    quotesByReporter: new Map(),
    citationsByOutlet: new Map(),
    placesIn: new Map(),
    companions: new Map(),
  };
  const contexts: Context[] = [];
  for (const article of articles) {
    const members = articleMembers(article);
    contexts.push({ kind: "article", members });
    for (const key of members) addToList(archive.articlesMentioning, key, article);
    if (article.dateline) addToList(archive.articlesFiledFrom, article.dateline, article);
    if (article.publisher) addToList(archive.articlesPublishedBy, article.publisher, article);
    for (const quote of article.quotes) {
      if (quote.speaker) addToList(archive.quotesBySpeaker, quote.speaker, { article, quote });
      for (const outlet of new Set(quote.reportedBy)) addToList(archive.quotesByReporter, outlet, { article, quote });
    }
    for (const citation of article.cites) addToList(archive.citationsByOutlet, citation.outlet, { article, citation });
  }
  for (const event of events) {
    const members = eventMembers(event);
    contexts.push({ kind: "event", members });
    for (const key of members) addToList(archive.eventsOf, key, event);
    if (event.parent) addToList(archive.subEvents, event.parent, event);
    for (const report of event.reports) addToList(archive.eventsByArticle, report.article, event);
  }
  for (const place of entities.places.values()) if (place.country) addToList(archive.placesIn, place.country, place);
  archive.companions = countCoOccurrences(contexts);
  return archive;
}

/** An entity of the archive, or undefined when there is no id or the archive lacks it. */
export function findEntity(archive: Archive, collection: EntityCollection, id: string | undefined): EntityRecord | undefined {
  return id === undefined ? undefined : archive.entities[collection].get(id);
}

/** The entity an entity key names (`people/mohammad-bagheri`), or undefined when the archive lacks it. */
export function findEntityByKey(archive: Archive, key: string): EntityRecord | undefined {
  const [collection, id] = entityKeyParts(key);
  return archive.entities[collection]?.get(id);
}

/** The entities with the given ids, in the order given, skipping any the archive lacks. */
export function entitiesByIds(archive: Archive, collection: EntityCollection, ids: readonly string[]): EntityRecord[] {
  return ids.flatMap((id) => archive.entities[collection].get(id) ?? []);
}
