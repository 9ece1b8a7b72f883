import type { EntityCollection } from "../../archive/entity-kinds.ts";
import type { Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { articleItems, outletCitationViews, quoteViews } from "./record-views.ts";

/** An entity in a short list of names: linked, and flagged while it is a draft. */
export interface ListedEntity {
  name: string;
  href: string;
  draft: boolean;
}

type SectionsOf = (archive: Archive, links: SiteLinks, id: string) => object;

/**
 * What a kind's page shows besides what every entity page shows: a person's quotes; what an outlet is cited for,
 * passed on and published; the places in a place and the reports filed there. A kind with nothing of its own
 * needs no entry.
 */
export const ENTITY_SECTIONS = {
  people: (archive: Archive, links: SiteLinks, id: string) => ({
    quotes: quoteViews(archive, links, archive.quotesBySpeaker.get(id) ?? []),
  }),
  organizations: (archive: Archive, links: SiteLinks, id: string) => ({
    citations: outletCitationViews(archive, links, archive.citationsByOutlet.get(id) ?? []),
    quotes: quoteViews(archive, links, archive.quotesByReporter.get(id) ?? []),
    published: articleItems(archive, links, archive.articlesPublishedBy.get(id) ?? []),
  }),
  places: (archive: Archive, links: SiteLinks, id: string) => ({
    within: (archive.placesIn.get(id) ?? []).map((place): ListedEntity => ({
      name: place.name,
      href: links.entity("places", place.id),
      draft: place.draft,
    })),
    filedFrom: articleItems(archive, links, archive.articlesFiledFrom.get(id) ?? []),
  }),
} satisfies Partial<Record<EntityCollection, SectionsOf>>;

/** The sections a kind's page adds, e.g. `{ quotes }` for people; none for a kind without an entry. */
export type EntitySections<C extends EntityCollection> = C extends keyof typeof ENTITY_SECTIONS
  ? ReturnType<(typeof ENTITY_SECTIONS)[C]>
  : Record<string, never>;

/** The sections of one entity's page. */
export function entitySections<C extends EntityCollection>(
  archive: Archive,
  links: SiteLinks,
  collection: C,
  id: string,
): EntitySections<C> {
  const sections = (ENTITY_SECTIONS as Partial<Record<EntityCollection, SectionsOf>>)[collection];
  return (sections?.(archive, links, id) ?? {}) as EntitySections<C>;
}
