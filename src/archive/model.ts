import { addToList } from "./multimap.ts";

/**
 * The archive as plain records with absolute URLs: what feeds, structured data, citations and the open-data
 * files are built from. Astro's collection entries are turned into these once (src/site/publishing/published-records.ts),
 * so everything here can be unit-tested without Astro.
 */

export type EntityKind = "people" | "organizations" | "places";

export interface EntityRecord {
  collection: EntityKind;
  id: string;
  /** Absolute address of the entity's page. */
  url: string;
  name: string;
  aliases: string[];
  originalScript: string[];
  description: string;
  /** A person's office ("President of Syria"). */
  role?: string;
  /** A person's rank or honorific ("Major General"). */
  title?: string;
  /** What kind of organization or place it is ("newspaper", "city"). */
  kind?: string;
  /** The id of the country a place lies in. */
  country?: string;
}

export interface EventReportRecord {
  article: string;
  paragraph: number;
  phrase: string;
}

export interface EventRecord {
  id: string;
  url: string;
  title: string;
  summary: string;
  start: string;
  end: string;
  /** The id of the span this event is part of. */
  parent?: string;
  place?: string;
  people: string[];
  organizations: string[];
  reports: EventReportRecord[];
}

export interface ArticleRecord {
  id: string;
  url: string;
  title: string;
  summary: string;
  published: string;
  /** The id of the place the report was filed from. */
  dateline?: string;
  datelineText?: string;
  /** The id of the publishing organization. */
  publisher?: string;
  credits?: string;
  source: { url?: string; sha256: string; retrieved?: string };
  people: string[];
  organizations: string[];
  places: string[];
  cites: { outlet: string; paragraph: number; phrase: string }[];
  draft: boolean;
}

export interface ArchiveRecords {
  /** Absolute address of the archive's home page, base path included. */
  home: string;
  articles: ArticleRecord[];
  events: EventRecord[];
  people: EntityRecord[];
  organizations: EntityRecord[];
  places: EntityRecord[];
}

/** The records by id, and the sub-events of each span, for builders that follow references. */
export interface RecordIndex {
  records: ArchiveRecords;
  articles: Map<string, ArticleRecord>;
  events: Map<string, EventRecord>;
  people: Map<string, EntityRecord>;
  organizations: Map<string, EntityRecord>;
  places: Map<string, EntityRecord>;
  /** Sub-events by the id of their span, in date order. */
  subEvents: Map<string, EventRecord[]>;
  /** The events each article reports, by article id, in date order. */
  eventsByArticle: Map<string, EventRecord[]>;
}

/** Events in date order: by start, then end, then id, so every listing is the same from build to build. */
export function compareEvents(a: EventRecord, b: EventRecord): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);
}

/** Articles in the order they appeared: by day, then id, so every listing is the same from build to build. */
export function compareArticles(a: ArticleRecord, b: ArticleRecord): number {
  return a.published.localeCompare(b.published) || a.id.localeCompare(b.id);
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));

/** Lookups over the records, built once per build so that no page scans the whole archive. */
export function indexRecords(records: ArchiveRecords): RecordIndex {
  const subEvents = new Map<string, EventRecord[]>();
  const eventsByArticle = new Map<string, EventRecord[]>();
  for (const event of [...records.events].sort(compareEvents)) {
    if (event.parent) addToList(subEvents, event.parent, event);
    for (const report of event.reports) addToList(eventsByArticle, report.article, event);
  }
  return {
    records,
    articles: byId(records.articles),
    events: byId(records.events),
    people: byId(records.people),
    organizations: byId(records.organizations),
    places: byId(records.places),
    subEvents,
    eventsByArticle,
  };
}
