import { ENTITY_KINDS, entityKey, type EntityCollection } from "../../archive/entity-kinds.ts";
import type { EntityRecord } from "../../archive/model.ts";
import type { Archive } from "../index-archive.ts";
import { entityJsonLd } from "../publishing/structured-data.ts";
import type { TimelineNode } from "../timeline/build-timeline.ts";
import { entitySections, type EntitySections } from "./entity-sections.ts";
import { entityDetail, entityLink, sourceParagraph, type NamedLink, type SourceParagraph } from "./named-links.ts";
import type { PageContext } from "./page-context.ts";
import { articleItems, companionViews, type ArticleItem, type CompanionView } from "./record-views.ts";
import type { MapDrawing } from "../figures/map-figure.ts";
import type { NetworkDrawing } from "../figures/network-figure.ts";
import type { TimelineDrawing } from "../figures/timeline-figure.ts";
import { entityNetwork, placeMap, timelineDrawing } from "./figure-views.ts";
import { eventTimeline, plannedTimelineEvents } from "./timeline-views.ts";

/** How many of the entities most often named with this one its page lists. */
const COMPANIONS_SHOWN = 10;

/** Where the ingest found the name: the words as written, and the paragraph they stand in. */
export interface FoundNameView {
  text: string;
  source: SourceParagraph;
}

/** What every entity's page shows, whatever its kind, and the sections its kind adds (`ENTITY_SECTIONS`). */
export interface EntityPageView<C extends EntityCollection = EntityCollection> {
  entity: EntityRecord;
  /** Where the ingest found the name, in the order of the file. */
  foundIn: FoundNameView[];
  /** How the page names the kind (`Person`) and the search filter the name is indexed under (`person`). */
  label: string;
  filter: string;
  /** What the entity is (a person's role, an organization's or place's kind), under its label. */
  detail?: { label: string; value: string };
  /** The country a place lies in. */
  country?: NamedLink;
  /** The events it takes part in, or that happened there, nested. */
  timeline: TimelineNode[];
  /** The reports that name it, newest first. */
  articles: ArticleItem[];
  companions: CompanionView[];
  /** Its events on a time axis, the entities it shares most reports with as a network, and a place's locator map. */
  figures: { timeline?: TimelineDrawing; network?: NetworkDrawing; map?: MapDrawing };
  jsonLd: ReturnType<typeof entityJsonLd>;
  sections: EntitySections<C>;
}

/** The static paths of a collection's pages, `/<collection>/<id>/`: one per entity, in id order. */
export function entityPagePaths(archive: Archive, collection: EntityCollection): { params: { id: string } }[] {
  return [...archive.entities[collection].keys()].map((id) => ({ params: { id } }));
}

export function entityPageView<C extends EntityCollection>(
  archive: Archive,
  { links, absolute }: PageContext,
  collection: C,
  id: string,
): EntityPageView<C> {
  const entity = archive.entities[collection].get(id)!;
  const kind = ENTITY_KINDS[collection];
  const detail = entityDetail(entity);
  const key = entityKey(collection, id);
  const events = archive.eventsOf.get(key) ?? [];
  const timeline = eventTimeline(archive, links, events);
  const drawnTimeline = timelineDrawing(timeline, plannedTimelineEvents(archive, links, events));
  const network = entityNetwork(archive, links, collection, id);
  const map = collection === "places" ? placeMap(archive, links, id) : undefined;
  return {
    entity,
    foundIn: entity.foundIn.flatMap(({ article, paragraph, text }) => {
      const report = archive.articlesById.get(article);
      return report ? [{ text, source: sourceParagraph(archive, links, report, paragraph) }] : [];
    }),
    label: kind.label,
    filter: kind.filter,
    ...(detail ? { detail: { label: kind.detailLabel, value: detail } } : {}),
    ...(entity.country ? { country: entityLink(archive, links, "places", entity.country) } : {}),
    timeline,
    articles: articleItems(archive, links, archive.articlesMentioning.get(key) ?? []),
    companions: companionViews(archive, links, collection, id, COMPANIONS_SHOWN),
    jsonLd: entityJsonLd(entity, archive, absolute),
    sections: entitySections(archive, links, collection, id),
    figures: {
      ...(drawnTimeline ? { timeline: drawnTimeline } : {}),
      ...(network ? { network } : {}),
      ...(map ? { map } : {}),
    },
  };
}
