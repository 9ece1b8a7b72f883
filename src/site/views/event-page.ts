import type { EntityRecord, EventRecord } from "../../archive/model.ts";
import { entitiesByIds, findEntity, type Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { eventJsonLd } from "../publishing/structured-data.ts";
import type { TimelineNode } from "../timeline/build-timeline.ts";
import { entityLink, type NamedLink } from "./named-links.ts";
import type { PageContext } from "./page-context.ts";
import { reportViews, type ReportView } from "./record-views.ts";
import { reportsDisagree } from "./report-versions.ts";
import type { MapDrawing } from "../figures/map-figure.ts";
import { eventMap } from "./figure-views.ts";
import { eventTimeline } from "./timeline-views.ts";

/** Another event that stands for the same happening on another day, and the report that gives that day. */
export interface ConflictView {
  note: string;
  other: { title: string; href: string; start: string; end: string };
  report: { title: string; href: string; published: string; publisher?: string };
}

/** Everything an event's page shows. */
export interface EventPageView {
  event: EventRecord;
  isSpan: boolean;
  place?: NamedLink;
  parent?: NamedLink;
  subEvents: TimelineNode[];
  people: EntityRecord[];
  organizations: EntityRecord[];
  reports: ReportView[];
  /** Other events the same happening stands as, on another day: whichever of the two files lists the conflict. */
  conflicts: ConflictView[];
  /** True when a report's own words date the event otherwise than the archive does. */
  reportsDisagree: boolean;
  jsonLd: ReturnType<typeof eventJsonLd>;
  /** Where it happened, on a locator map. */
  map?: MapDrawing;
}

export function eventPageView(archive: Archive, { links, absolute }: PageContext, eventId: string): EventPageView {
  const event = archive.eventsById.get(eventId)!;
  const place = entityLink(archive, links, "places", event.place);
  const parent = event.parent ? archive.eventsById.get(event.parent) : undefined;
  const reports = reportViews(archive, links, event);
  const map = eventMap(archive, links, event.id);
  return {
    event,
    isSpan: event.start !== event.end,
    ...(place ? { place } : {}),
    ...(parent ? { parent: { name: parent.title, href: links.event(parent.id) } } : {}),
    subEvents: eventTimeline(archive, links, archive.subEvents.get(event.id) ?? []),
    people: entitiesByIds(archive, "people", event.people),
    organizations: entitiesByIds(archive, "organizations", event.organizations),
    reports,
    conflicts: conflictViews(archive, links, event.id),
    reportsDisagree: reportsDisagree(reports),
    jsonLd: eventJsonLd(event, archive, absolute),
    ...(map ? { map } : {}),
  };
}

/** The event's conflicts in both directions (`conflictsOf`), each with the other event and the report, linked. */
export function conflictViews(archive: Archive, links: SiteLinks, eventId: string): ConflictView[] {
  return (archive.conflictsOf.get(eventId) ?? []).flatMap(({ event, article, note }) => {
    const other = archive.eventsById.get(event);
    const report = archive.articlesById.get(article);
    if (!other || !report) return [];
    const publisher = findEntity(archive, "organizations", report.publisher)?.name;
    return [
      {
        note,
        other: { title: other.title, href: links.event(other.id), start: other.start, end: other.end },
        report: { title: report.title, href: links.article(report.id), published: report.published, ...(publisher ? { publisher } : {}) },
      },
    ];
  });
}
