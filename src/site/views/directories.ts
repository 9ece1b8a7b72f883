import { ENTITY_COLLECTIONS, entityKey, type EntityCollection } from "../../archive/entity-kinds.ts";
import { compareEventsNewestFirst } from "../../archive/model.ts";
import type { Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { pageSegment, paginate, type Page } from "../paging.ts";
import { entityDetail, entityLink, type NamedLink } from "./named-links.ts";

/** Most entries an index page (`/people/`, `/events/`, …) lists before it continues on `page/2/`. */
export const DIRECTORY_PAGE_SIZE = 100;

/** One line of an index page: an entity, what it is, and how much the archive holds about it. */
export interface DirectoryEntry {
  name: string;
  href: string;
  detail: string;
  /** True while the entity is a draft the ingest made. */
  draft: boolean;
  aliases: string[];
  reports: number;
  events: number;
}

/** One line of the events index. */
export interface EventEntry {
  title: string;
  href: string;
  start: string;
  end: string;
  place?: NamedLink;
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Every entity of a collection for its index page, in alphabetical order. */
export function entityDirectory(archive: Archive, links: SiteLinks, collection: EntityCollection): DirectoryEntry[] {
  return [...archive.entities[collection].values()]
    .map((entity) => ({
      name: entity.name,
      href: links.entity(collection, entity.id),
      detail: entityDetail(entity),
      draft: entity.draft,
      aliases: entity.aliases,
      reports: archive.articlesMentioning.get(entityKey(collection, entity.id))?.length ?? 0,
      events: archive.eventsOf.get(entityKey(collection, entity.id))?.length ?? 0,
    }))
    .sort((a, b) => byName.compare(a.name, b.name) || (a.href < b.href ? -1 : a.href > b.href ? 1 : 0));
}

/** Every event for the events index, newest first, each with its place. */
export function eventDirectory(archive: Archive, links: SiteLinks): EventEntry[] {
  return [...archive.events].sort(compareEventsNewestFirst).map((event) => ({
    title: event.title,
    href: links.event(event.id),
    start: event.start,
    end: event.end,
    place: entityLink(archive, links, "places", event.place),
  }));
}

/** The static paths of every entity collection's index pages (`/people/`, `/people/page/2/`, …). */
export function entityDirectoryPaths(archive: Archive, links: SiteLinks) {
  return ENTITY_COLLECTIONS.flatMap((collection) => {
    const pages = paginate(entityDirectory(archive, links, collection), DIRECTORY_PAGE_SIZE);
    return pages.map((page) => ({
      params: { collection, page: pageSegment(page.number) },
      props: { collection, page, pageCount: pages.length },
    }));
  });
}

/** The static paths of the events index pages (`/events/`, `/events/page/2/`, …). */
export function eventDirectoryPaths(archive: Archive, links: SiteLinks) {
  const pages = paginate(eventDirectory(archive, links), DIRECTORY_PAGE_SIZE);
  return pages.map((page) => ({ params: { page: pageSegment(page.number) }, props: { page, pageCount: pages.length } }));
}

export type { Page };
