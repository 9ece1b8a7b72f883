import type { EventRecord } from "../../archive/model.ts";
import type { Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { buildTimeline, type TimelineEvent, type TimelineNode } from "../timeline/build-timeline.ts";
import { planTimelinePages, type TimelinePlan } from "../timeline/timeline-groups.ts";

/** Most events one page of the archive-wide timeline lists before it is split into months, then parts. */
export const TIMELINE_PAGE_LIMIT = 500;

/** What a timeline draws: events that happened. A planned event (only announced so far) is never drawn as done. */
function happened(events: readonly EventRecord[]): EventRecord[] {
  return events.filter((event) => event.status === "happened");
}

/** An event as a timeline entry linked to its page, with the span it belongs to. */
function timelineEvent(archive: Archive, links: SiteLinks, event: EventRecord, report?: TimelineEvent["report"]): TimelineEvent {
  const parent = event.parent ? archive.eventsById.get(event.parent) : undefined;
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    parent: event.parent,
    href: links.event(event.id),
    partOf: parent ? { title: parent.title, href: links.event(parent.id) } : undefined,
    report,
  };
}

/**
 * The events a report states, nested, each with the phrase and paragraph of the report's own event report.
 * `href` builds the link to a paragraph: `#p-N` on the report's page, a full path elsewhere.
 */
export function articleTimeline(
  archive: Archive,
  links: SiteLinks,
  articleId: string,
  href: (paragraph: number) => string,
): TimelineNode[] {
  return buildTimeline(
    happened(archive.eventsByArticle.get(articleId) ?? []).map((event) => {
      const report = event.reports.find((r) => r.article === articleId);
      return timelineEvent(
        archive,
        links,
        event,
        report && { paragraph: report.paragraph, phrase: report.phrase, href: href(report.paragraph) },
      );
    }),
  );
}

/** Every event of the archive as a timeline entry, linked to its page and to the paragraph of its first report. */
export function archiveTimelineEvents(archive: Archive, links: SiteLinks): TimelineEvent[] {
  return happened(archive.events).map((event) => {
    const [first] = event.reports;
    return timelineEvent(
      archive,
      links,
      event,
      first && { paragraph: first.paragraph, phrase: first.phrase, href: links.article(first.article, first.paragraph) },
    );
  });
}

/** The planned events among `events` (announced, not yet reported done), each linked to its page, for a drawn timeline. */
export function plannedTimelineEvents(archive: Archive, links: SiteLinks, events: readonly EventRecord[]): TimelineEvent[] {
  return events.filter((event) => event.status === "planned").map((event) => timelineEvent(archive, links, event));
}

/** Events as a nested timeline (spans holding their days), each linked to its page. */
export function eventTimeline(archive: Archive, links: SiteLinks, events: readonly EventRecord[]): TimelineNode[] {
  return buildTimeline(happened(events).map((event) => timelineEvent(archive, links, event)));
}

/** The archive-wide timeline split into pages of at most TIMELINE_PAGE_LIMIT events. */
export function archiveTimelinePlan(archive: Archive, links: SiteLinks): TimelinePlan<TimelineEvent> {
  return planTimelinePages(archiveTimelineEvents(archive, links), TIMELINE_PAGE_LIMIT);
}
