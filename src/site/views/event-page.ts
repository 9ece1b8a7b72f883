import type { EntityRecord, EventRecord } from "../../archive/model.ts";
import { entitiesByIds, type Archive } from "../index-archive.ts";
import { eventJsonLd } from "../publishing/structured-data.ts";
import type { TimelineNode } from "../timeline/build-timeline.ts";
import { entityLink, type NamedLink } from "./named-links.ts";
import type { PageContext } from "./page-context.ts";
import { reportViews, type ReportView } from "./record-views.ts";
import { reportsDisagree } from "./report-versions.ts";
import { eventTimeline } from "./timeline-views.ts";

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
  /** True when a report's own words date the event otherwise than the archive does. */
  reportsDisagree: boolean;
  jsonLd: ReturnType<typeof eventJsonLd>;
}

export function eventPageView(archive: Archive, { links, absolute }: PageContext, eventId: string): EventPageView {
  const event = archive.eventsById.get(eventId)!;
  const place = entityLink(archive, links, "places", event.place);
  const parent = event.parent ? archive.eventsById.get(event.parent) : undefined;
  const reports = reportViews(archive, links, event);
  return {
    event,
    isSpan: event.start !== event.end,
    ...(place ? { place } : {}),
    ...(parent ? { parent: { name: parent.title, href: links.event(parent.id) } } : {}),
    subEvents: eventTimeline(archive, links, archive.subEvents.get(event.id) ?? []),
    people: entitiesByIds(archive, "people", event.people),
    organizations: entitiesByIds(archive, "organizations", event.organizations),
    reports,
    reportsDisagree: reportsDisagree(reports),
    jsonLd: eventJsonLd(event, archive, absolute),
  };
}
