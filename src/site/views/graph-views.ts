import type { Archive, ArchiveEvent, Article, Entity, EntityCollection } from "../archive.ts";
import { articleHref, entityHref, eventHref } from "./views.ts";
import { entityKey, type CiteUse, type QuoteUse } from "../archive-graph.ts";
import { topCompanions } from "../co-occurrence.ts";
import { attributionChain, quoteForDisplay, type ChainLink } from "./reported-quote.ts";
import { compareReportDate, type ReportDate } from "./report-versions.ts";

/** What one entry of each collection is called, in the type filter of the search and on its pages. */
export const ENTITY_TYPE: Record<EntityCollection, "Person" | "Organization" | "Place"> = {
  people: "Person",
  organizations: "Organization",
  places: "Place",
};

/** A name, linked to its page when the archive has one. */
export interface NamedLink {
  name: string;
  href?: string;
}

/** The paragraph of an article that supports a statement, and where to read it. */
export interface SourceParagraph {
  articleTitle: string;
  articleHref: string;
  published: string;
  publisher?: string;
  /** The place the article was filed from, when known. */
  filedFrom?: NamedLink;
  paragraph: number;
  href: string;
}

export interface QuoteView {
  text: string;
  speaker: NamedLink;
  chain: ChainLink<NamedLink>[];
  source: SourceParagraph;
}

export interface CiteView {
  outlet: NamedLink;
  phrase: string;
  source: SourceParagraph;
}

export interface CompanionView extends NamedLink {
  href: string;
  type: (typeof ENTITY_TYPE)[EntityCollection];
  articles: number;
  events: number;
}

export interface ReportView extends ReportDate {
  phrase: string;
  source: SourceParagraph;
}

/** What kind of entity this is, as a short phrase: a person's role, an organization's or place's kind. */
export function entityDetail(entity: Entity): string {
  const data = entity.data as { role?: string; kind?: string };
  return data.role || data.kind || "";
}

/** An entity's name linked to its page, or undefined when there is no id or the archive lacks it. */
export function entityLink(archive: Archive, base: string, collection: EntityCollection, id: string | undefined): NamedLink | undefined {
  if (id === undefined) return undefined;
  const entity: Entity | undefined = (archive[collection] as Map<string, Entity>).get(id);
  return entity && { name: entity.data.name, href: entityHref(base, collection, id) };
}

function sourceParagraph(archive: Archive, base: string, article: Article, paragraph: number): SourceParagraph {
  const { data } = article;
  const publisher = data.publisher?.id;
  return {
    articleTitle: data.title,
    articleHref: articleHref(base, article.id),
    published: data.published,
    publisher: publisher ? archive.organizations.get(publisher)?.data.name : undefined,
    filedFrom: data.dateline ? entityLink(archive, base, "places", data.dateline.id) : undefined,
    paragraph,
    href: articleHref(base, article.id, paragraph),
  };
}

/** Quotes with their speaker and attribution chain (reported by …, via …), each linked to its paragraph. */
export function quoteViews(archive: Archive, base: string, uses: readonly QuoteUse<Article>[]): QuoteView[] {
  return uses.map(({ article, quote }) => ({
    text: quoteForDisplay(quote.text),
    speaker: (quote.speaker && entityLink(archive, base, "people", quote.speaker.id)) ?? { name: quote.speakerName ?? "Unnamed speaker" },
    chain: attributionChain(quote.reportedBy.map((ref) => entityLink(archive, base, "organizations", ref.id) ?? { name: ref.id })),
    source: sourceParagraph(archive, base, article, quote.paragraph),
  }));
}

/** What articles attribute to outlets ("al Mayadeen reported"), each linked to its paragraph. */
export function citeViews(archive: Archive, base: string, uses: readonly CiteUse<Article>[]): CiteView[] {
  return uses.map(({ article, cite }) => ({
    outlet: entityLink(archive, base, "organizations", cite.outlet.id) ?? { name: cite.outlet.id },
    phrase: cite.phrase,
    source: sourceParagraph(archive, base, article, cite.paragraph),
  }));
}

/** The entities most often named with this one across articles and events, most frequent first. */
export function companionViews(archive: Archive, base: string, collection: EntityCollection, id: string, limit: number): CompanionView[] {
  return topCompanions(archive.graph.companions, entityKey(collection, id), limit).flatMap(({ key, articles, events }) => {
    const [otherCollection, otherId] = key.split("/") as [EntityCollection, string];
    const link = entityLink(archive, base, otherCollection, otherId);
    return link ? [{ name: link.name, href: link.href!, type: ENTITY_TYPE[otherCollection], articles, events }] : [];
  });
}

/**
 * Every report of an event with the phrase it uses, the date its own words resolve to (the article's `dates`
 * entry for that paragraph and phrase), and whether that date differs from the event's.
 */
export function reportViews(archive: Archive, base: string, event: ArchiveEvent): ReportView[] {
  return event.data.reports.flatMap((report) => {
    const article = archive.articlesById.get(report.article.id);
    if (!article) return [];
    return [
      {
        phrase: report.phrase,
        source: sourceParagraph(archive, base, article, report.paragraph),
        ...compareReportDate(event.data, report, article.data.dates),
      },
    ];
  });
}

/** One line of an index page: an entity, what it is, and how much the archive holds about it. */
export interface DirectoryEntry {
  name: string;
  href: string;
  detail: string;
  aliases: string[];
  reports: number;
  events: number;
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Every entity of a collection for its index page, in alphabetical order. */
export function entityDirectory(archive: Archive, base: string, collection: EntityCollection): DirectoryEntry[] {
  return [...(archive[collection] as Map<string, Entity>).values()]
    .map((entity) => ({
      name: entity.data.name,
      href: entityHref(base, collection, entity.id),
      detail: entityDetail(entity),
      aliases: entity.data.aliases,
      reports: archive.graph.articlesMentioning.get(entityKey(collection, entity.id))?.length ?? 0,
      events: archive.graph.eventsOf.get(entityKey(collection, entity.id))?.length ?? 0,
    }))
    .sort((a, b) => byName.compare(a.name, b.name) || a.href.localeCompare(b.href));
}

/** One line of the events index. */
export interface EventEntry {
  title: string;
  href: string;
  start: string;
  end: string;
  place?: NamedLink;
}

/** Every event for the events index, newest first, each with its place. */
export function eventDirectory(archive: Archive, base: string): EventEntry[] {
  return [...archive.events]
    .sort((a, b) => b.data.start.localeCompare(a.data.start) || b.data.end.localeCompare(a.data.end) || a.id.localeCompare(b.id))
    .map((event) => ({
      title: event.data.title,
      href: eventHref(base, event.id),
      start: event.data.start,
      end: event.data.end,
      place: event.data.place && entityLink(archive, base, "places", event.data.place.id),
    }));
}
