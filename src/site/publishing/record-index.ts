import type { ArticleRecord as PlainArticle, EntityRecord as PlainEntity, EventRecord as PlainEvent } from "../../archive/model.ts";
import { compareEvents } from "../../archive/model.ts";
import { addToList } from "../../archive/multimap.ts";

/** A record with the absolute address of its page. */
export type EntityRecord = PlainEntity & { url: string };
export type EventRecord = PlainEvent & { url: string };
export type ArticleRecord = PlainArticle & { url: string };

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
