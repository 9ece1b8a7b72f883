import { countCoOccurrences, type Context, type CoOccurrences } from "./co-occurrence.ts";
import { addToList } from "../archive/multimap.ts";

/** The collections whose entries pages are written about. */
export type EntityCollection = "people" | "organizations" | "places";

/** Any reference to an entry, e.g. Astro's `{ collection, id }`. */
export interface EntryRef {
  id: string;
}

/** The fields of an article the graph reads. `publisher` may be unknown. */
export interface GraphArticle {
  id: string;
  data: {
    publisher?: EntryRef | null;
    dateline?: EntryRef | null;
    people: readonly EntryRef[];
    organizations: readonly EntryRef[];
    places: readonly EntryRef[];
    cites: readonly { outlet: EntryRef; paragraph: number; phrase: string }[];
    quotes: readonly { text: string; paragraph: number; speaker?: EntryRef; speakerName?: string; reportedBy: readonly EntryRef[] }[];
  };
}

/** The fields of an event the graph reads. */
export interface GraphEvent {
  id: string;
  data: {
    start: string;
    end: string;
    parent?: EntryRef;
    place?: EntryRef;
    people: readonly EntryRef[];
    organizations: readonly EntryRef[];
  };
}

export interface QuoteUse<A extends GraphArticle> {
  article: A;
  quote: A["data"]["quotes"][number];
}

export interface CiteUse<A extends GraphArticle> {
  article: A;
  cite: A["data"]["cites"][number];
}

/** Who is linked to what across the archive, indexed once per build so pages never scan the archive. */
export interface ArchiveGraph<A extends GraphArticle, E extends GraphEvent> {
  /** Events each entity takes part in, or that happened at a place, by entity key; in date order. */
  eventsOf: Map<string, E[]>;
  /** Articles naming each entity among their people, organizations or places, by entity key; in the order given. */
  articlesMentioning: Map<string, A[]>;
  /** Articles filed from each place (their dateline), by place id. */
  articlesFiledFrom: Map<string, A[]>;
  /** Articles each outlet published, by organization id. */
  articlesPublishedBy: Map<string, A[]>;
  /** The sub-events of each span, by parent id; in date order. */
  subEvents: Map<string, E[]>;
  /** Quotes by the person who said them, by person id. */
  quotesBySpeaker: Map<string, QuoteUse<A>[]>;
  /** Quotes each outlet is credited with passing on, by organization id. */
  quotesByReporter: Map<string, QuoteUse<A>[]>;
  /** What each outlet is cited for, by organization id. */
  citesByOutlet: Map<string, CiteUse<A>[]>;
  /** Entities named together in articles and events, by entity key. */
  companions: CoOccurrences;
}

/** The key of an entity across collections, e.g. `people/mohammad-bagheri`. */
export function entityKey(collection: EntityCollection, id: string): string {
  return `${collection}/${id}`;
}

function byDate(a: GraphEvent, b: GraphEvent): number {
  const { start: as, end: ae } = a.data;
  const { start: bs, end: be } = b.data;
  return as < bs ? -1 : as > bs ? 1 : ae > be ? -1 : ae < be ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function articleMembers(article: GraphArticle): string[] {
  const { people, organizations, places } = article.data;
  return [
    ...people.map((ref) => entityKey("people", ref.id)),
    ...organizations.map((ref) => entityKey("organizations", ref.id)),
    ...places.map((ref) => entityKey("places", ref.id)),
  ];
}

function eventMembers(event: GraphEvent): string[] {
  const { people, organizations, place } = event.data;
  return [
    ...people.map((ref) => entityKey("people", ref.id)),
    ...organizations.map((ref) => entityKey("organizations", ref.id)),
    ...(place ? [entityKey("places", place.id)] : []),
  ];
}

/** Indexes every link between articles, events and entities in one pass over the archive. */
export function buildArchiveGraph<A extends GraphArticle, E extends GraphEvent>(articles: readonly A[], events: readonly E[]): ArchiveGraph<A, E> {
  const graph: ArchiveGraph<A, E> = {
    eventsOf: new Map(),
    articlesMentioning: new Map(),
    articlesFiledFrom: new Map(),
    articlesPublishedBy: new Map(),
    subEvents: new Map(),
    quotesBySpeaker: new Map(),
    quotesByReporter: new Map(),
    citesByOutlet: new Map(),
    companions: new Map(),
  };
  const contexts: Context[] = [];
  for (const article of articles) {
    const { data } = article;
    const members = articleMembers(article);
    contexts.push({ kind: "article", members });
    for (const key of members) addToList(graph.articlesMentioning, key, article);
    if (data.dateline) addToList(graph.articlesFiledFrom, data.dateline.id, article);
    if (data.publisher) addToList(graph.articlesPublishedBy, data.publisher.id, article);
    for (const quote of data.quotes) {
      if (quote.speaker) addToList(graph.quotesBySpeaker, quote.speaker.id, { article, quote });
      for (const outlet of new Set(quote.reportedBy.map((ref) => ref.id))) addToList(graph.quotesByReporter, outlet, { article, quote });
    }
    for (const cite of data.cites) addToList(graph.citesByOutlet, cite.outlet.id, { article, cite });
  }
  for (const event of [...events].sort(byDate)) {
    const members = eventMembers(event);
    contexts.push({ kind: "event", members });
    for (const key of members) addToList(graph.eventsOf, key, event);
    if (event.data.parent) addToList(graph.subEvents, event.data.parent.id, event);
  }
  graph.companions = countCoOccurrences(contexts);
  return graph;
}
