import type { Archive, ArchiveEvent, Article, Entity, EntityCollection } from "../archive.ts";
import { buildTimeline, type TimelineEvent, type TimelineNode } from "../timeline/build-timeline.ts";
import { paragraphId } from "../body/paragraph-anchors.ts";
import { entityKey } from "../archive-graph.ts";
import { pageSegment } from "../paging.ts";
import { planTimelinePages, type TimelinePlan } from "../timeline/timeline-groups.ts";

/** Most entries an index page (`/people/`, `/events/`, …) lists before it continues on `page/2/`. */
export const DIRECTORY_PAGE_SIZE = 100;
/** Most events one page of the archive-wide timeline lists before it is split into months, then parts. */
export const TIMELINE_PAGE_LIMIT = 500;

/** Site-relative address of an article, under the deployment base. */
export function articleHref(base: string, articleId: string, paragraph?: number): string {
  return `${base}articles/${articleId}/${paragraph ? `#${paragraphId(paragraph)}` : ""}`;
}

/** Address of a person's, organization's or place's page: `/people/<id>/`. */
export function entityHref(base: string, collection: EntityCollection, id: string): string {
  return `${base}${collection}/${id}/`;
}

/** Address of an event's page: `/events/<id>/`. */
export function eventHref(base: string, eventId: string): string {
  return `${base}events/${eventId}/`;
}

/** Address of a page of the archive-wide timeline: `/timeline/`, `/timeline/2020/`, `/timeline/2020/07/`. */
export function timelineHref(base: string, path?: string): string {
  return `${base}timeline/${path ? `${path}/` : ""}`;
}

/** Address of page N of an index: `/people/`, then `/people/page/2/`. */
export function directoryHref(base: string, section: EntityCollection | "events", page: number): string {
  const segment = pageSegment(page);
  return `${base}${section}/${segment ? `${segment}/` : ""}`;
}

/** The entities an article lists under one field, in the article's order. */
export function mentionedEntities(archive: Archive, article: Article, collection: EntityCollection): Entity[] {
  const lookup: Map<string, Entity> = archive[collection];
  return article.data[collection].flatMap((ref) => lookup.get(ref.id) ?? []);
}

/** The entities with the given ids, skipping any the archive lacks. */
export function entitiesByIds(archive: Archive, collection: EntityCollection, ids: readonly { id: string }[]): Entity[] {
  const lookup: Map<string, Entity> = archive[collection];
  return ids.flatMap((ref) => lookup.get(ref.id) ?? []);
}

/** An event as a timeline entry linked to its page, with the span it belongs to. */
function timelineEvent(archive: Archive, base: string, event: ArchiveEvent, report?: TimelineEvent["report"]): TimelineEvent {
  const parent = event.data.parent && archive.eventsById.get(event.data.parent.id);
  return {
    id: event.id,
    title: event.data.title,
    start: event.data.start,
    end: event.data.end,
    parent: event.data.parent?.id,
    href: eventHref(base, event.id),
    partOf: parent ? { title: parent.data.title, href: eventHref(base, parent.id) } : undefined,
    report,
  };
}

/**
 * The events an article reports, each with the phrase and paragraph of the article's own report.
 * `href` builds the link to a paragraph: `#p-N` on the article's page, a full path elsewhere.
 */
export function articleTimelineEvents(archive: Archive, articleId: string, href: (paragraph: number) => string, base: string): TimelineEvent[] {
  return (archive.eventsByArticle.get(articleId) ?? []).map((event) => {
    const report = event.data.reports.find((r) => r.article.id === articleId);
    return timelineEvent(archive, base, event, report && { paragraph: report.paragraph, phrase: report.phrase, href: href(report.paragraph) });
  });
}

/** Every event of the archive as a timeline entry, linked to its page and to the paragraph of its first report. */
export function archiveTimelineEvents(archive: Archive, base: string): TimelineEvent[] {
  return archive.events.map((event) => {
    const [first] = event.data.reports;
    return timelineEvent(
      archive,
      base,
      event,
      first && { paragraph: first.paragraph, phrase: first.phrase, href: articleHref(base, first.article.id, first.paragraph) },
    );
  });
}

/** Events as a nested timeline (spans holding their days), each linked to its page. */
export function eventTimeline(archive: Archive, base: string, events: readonly ArchiveEvent[]): TimelineNode[] {
  return buildTimeline(events.map((event) => timelineEvent(archive, base, event)));
}

/** The events an entity takes part in, or that happened at a place, in date order. */
export function eventsOf(archive: Archive, collection: EntityCollection, id: string): ArchiveEvent[] {
  return archive.graph.eventsOf.get(entityKey(collection, id)) ?? [];
}

/** The articles naming an entity, newest first. */
export function articlesMentioning(archive: Archive, collection: EntityCollection, id: string): Article[] {
  return archive.graph.articlesMentioning.get(entityKey(collection, id)) ?? [];
}

/** The archive-wide timeline split into pages of at most TIMELINE_PAGE_LIMIT events. */
export function archiveTimelinePlan(archive: Archive, base: string): TimelinePlan<TimelineEvent> {
  return planTimelinePages(archiveTimelineEvents(archive, base), TIMELINE_PAGE_LIMIT);
}
