import { entityKey, type EntityCollection } from "../../archive/entity-kinds.ts";
import type { EntityRecord } from "../../archive/model.ts";
import { drawMap, type MapDrawing, type MapOptions, type MapPlace } from "../figures/map-figure.ts";
import { drawNetwork, type NetworkDrawing, type NetworkNode } from "../figures/network-figure.ts";
import { egoTies, strongestTies, type Ties } from "../figures/network-ties.ts";
import { timed } from "../figures/figure-time.ts";
import { drawTimeline, type TimelineDrawing } from "../figures/timeline-figure.ts";
import { buildTimeline, type TimelineEvent, type TimelineNode } from "../timeline/build-timeline.ts";
import type { TimelinePlan } from "../timeline/timeline-groups.ts";
import { archiveTimelinePlan, plannedTimelineEvents } from "./timeline-views.ts";
import type { Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { networkNode } from "./network-views.ts";

/** Natural sizes of the drawings, in CSS pixels. A locator fits a phone's width; the others scroll there. */
export const FIGURE_SIZE = {
  locator: { width: 340, height: 230 },
  world: { width: 720, height: 380 },
  ego: { width: 560, height: 340 },
  archiveNetwork: { width: 720, height: 520 },
} as const;

/** How many entities an entity's network draws around it, and how many ties the archive's network draws. */
export const EGO_COMPANIONS = 10;
export const ARCHIVE_TIES = 60;

/** A timeline drawn from a page's nested events and the planned events it names; undefined when there are none. */
export function timelineDrawing(
  nodes: readonly TimelineNode[],
  planned: readonly TimelineEvent[],
  dayHref?: (day: string) => string | undefined,
): TimelineDrawing | undefined {
  if (nodes.length === 0 && planned.length === 0) return undefined;
  return timed(() => drawTimeline({ nodes, planned, ...(dayHref ? { dayHref } : {}) }));
}

function mapPlace(links: SiteLinks, place: EntityRecord, role: MapPlace["role"], count?: number): MapPlace {
  return {
    id: place.id,
    name: place.name,
    href: links.entity("places", place.id),
    ...(place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : {}),
    names: [place.name, ...place.aliases],
    ...(place.kind ? { kind: place.kind } : {}),
    ...(count !== undefined ? { count } : {}),
    role,
  };
}

// Many pages draw the same map (every event in Damascus, every report filed from Tehran naming Damascus): each
// different map is drawn once per build.
const maps = new Map<string, MapDrawing | undefined>();

function drawnMap(places: readonly MapPlace[], options: MapOptions): MapDrawing | undefined {
  // A place's name, address and coordinates follow from its id within one build.
  const key = `${JSON.stringify(options)} ${places.map((place) => `${place.id}/${place.role}/${place.count ?? ""}`).join(" ")}`;
  if (!maps.has(key))
    maps.set(
      key,
      timed(() => drawMap(places, options)),
    );
  return maps.get(key);
}

/** Places by id, each once, in the order given; the first role given to a place is kept. */
function placesOf(archive: Archive, links: SiteLinks, wanted: readonly (readonly [string | undefined, MapPlace["role"]])[]): MapPlace[] {
  const seen = new Map<string, MapPlace>();
  for (const [id, role] of wanted) {
    const place = id === undefined ? undefined : archive.entities.places.get(id);
    if (place && !seen.has(place.id)) seen.set(place.id, mapPlace(links, place, role));
  }
  return [...seen.values()];
}

/** A report's map: where it was filed and the places it names. */
export function articleMap(archive: Archive, links: SiteLinks, articleId: string): MapDrawing | undefined {
  const article = archive.articlesById.get(articleId)!;
  const places = placesOf(archive, links, [[article.dateline, "dateline"], ...article.places.map((id) => [id, "named"] as const)]);
  return places.length === 0 ? undefined : drawnMap(places, FIGURE_SIZE.locator);
}

/** A place's locator: the place, the country it lies in, and the places that lie in it. */
export function placeMap(archive: Archive, links: SiteLinks, placeId: string): MapDrawing | undefined {
  const place = archive.entities.places.get(placeId)!;
  const within = (archive.placesIn.get(placeId) ?? []).map((inner) => [inner.id, "named"] as const);
  const places = placesOf(archive, links, [[place.id, "focus"], [place.country, "named"], ...within]);
  return drawnMap(places, FIGURE_SIZE.locator);
}

/** An event's locator: where it happened, in its country. */
export function eventMap(archive: Archive, links: SiteLinks, eventId: string): MapDrawing | undefined {
  const event = archive.eventsById.get(eventId)!;
  const place = event.place ? archive.entities.places.get(event.place) : undefined;
  if (!place) return undefined;
  return drawnMap(
    placesOf(archive, links, [
      [place.id, "focus"],
      [place.country, "named"],
    ]),
    FIGURE_SIZE.locator,
  );
}

/** Every place on one map, each sized by the reports that name it (the count the places index gives). */
export function archiveMap(archive: Archive, links: SiteLinks): MapDrawing | undefined {
  const places = [...archive.entities.places.values()].map((place) =>
    mapPlace(links, place, "named", archive.articlesMentioning.get(entityKey("places", place.id))?.length ?? 0),
  );
  return places.length === 0 ? undefined : drawnMap(places, { ...FIGURE_SIZE.world, world: true });
}

function networkNodes(archive: Archive, links: SiteLinks, keys: readonly string[]): NetworkNode[] {
  return keys.flatMap((key) => networkNode(archive, links, key) ?? []);
}

function networkDrawing(archive: Archive, links: SiteLinks, ties: Ties, size: { width: number; height: number }, focus?: string) {
  if (ties.edges.length === 0) return undefined;
  return drawNetwork({ nodes: networkNodes(archive, links, ties.keys), edges: ties.edges, ...(focus ? { focus } : {}) }, size);
}

/** The entities an entity most often shares reports with, and the ties among them. */
export function entityNetwork(archive: Archive, links: SiteLinks, collection: EntityCollection, id: string): NetworkDrawing | undefined {
  const key = entityKey(collection, id);
  return timed(() => networkDrawing(archive, links, egoTies(archive.companions, key, EGO_COMPANIONS), FIGURE_SIZE.ego, key));
}

/** The archive's strongest ties: the pairs of entities that share the most reports. */
export function archiveNetwork(archive: Archive, links: SiteLinks): { drawing: NetworkDrawing | undefined; ties: Ties } {
  const ties = strongestTies(archive.companions, ARCHIVE_TIES);
  return { drawing: timed(() => networkDrawing(archive, links, ties, FIGURE_SIZE.archiveNetwork)), ties };
}

/**
 * Every event of the archive on one axis (by density once days crowd), each day linked to its heading on the
 * timeline page that lists it. `plan` is the timeline's plan the page already made; every event stands on one of
 * its pages.
 */
export function archiveTimelineDrawing(
  archive: Archive,
  links: SiteLinks,
  plan: TimelinePlan<TimelineEvent> = archiveTimelinePlan(archive, links),
): TimelineDrawing | undefined {
  const pageOfDay = new Map<string, string>();
  for (const page of plan.pages) for (const event of page.events) pageOfDay.set(event.start, page.path);
  const dayHref = (day: string) => {
    const path = pageOfDay.get(day);
    return path === undefined ? undefined : `${links.timeline(path)}#day-${day}`;
  };
  return timelineDrawing(
    buildTimeline(plan.pages.flatMap((page) => page.events)),
    plannedTimelineEvents(archive, links, archive.events),
    dayHref,
  );
}

/** Every map the site draws (each report's, event's and place's, and the archive's), for the files of their backdrops. */
export function everyMap(archive: Archive, links: SiteLinks): MapDrawing[] {
  return [
    ...archive.articles.map((article) => articleMap(archive, links, article.id)),
    ...archive.events.map((event) => eventMap(archive, links, event.id)),
    ...[...archive.entities.places.keys()].map((id) => placeMap(archive, links, id)),
    archiveMap(archive, links),
  ].filter((drawing): drawing is MapDrawing => drawing !== undefined);
}
