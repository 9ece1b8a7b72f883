/**
 * The one table of entity kinds. Every other place that names the kinds (schemas, the archive's lookups, search
 * filters, page labels, structured data, the ingest's entity types) derives from it, so adding a kind is one entry
 * here, its schema in `schemas/entities.ts` and its pages.
 */
export const ENTITY_KINDS = {
  people: {
    /** What one entry is called in code and in the ingest's output. */
    singular: "person",
    /** The schema.org type of its page's JSON-LD. */
    schemaType: "Person",
    /** The Pagefind filter its names are indexed under (`?person=…`). */
    filter: "person",
    /** How a page and the search's type filter name one entry. */
    label: "Person",
    /** How the site names the collection: its index page, its navigation link. */
    plural: "People",
    /** What its index page says it lists. */
    intro: "Everyone the archive's reports name, in alphabetical order.",
    /** The label of the field that says what an entry is (`role` for people, `kind` otherwise). */
    detailLabel: "Role",
  },
  organizations: {
    singular: "organization",
    schemaType: "Organization",
    filter: "organization",
    label: "Organization",
    plural: "Organizations",
    intro: "Outlets, ministries, armed forces and other bodies the reports name, in alphabetical order.",
    detailLabel: "Kind",
  },
  places: {
    singular: "place",
    schemaType: "Place",
    filter: "place",
    label: "Place",
    plural: "Places",
    intro: "Cities, countries and regions the reports name or are filed from, in alphabetical order.",
    detailLabel: "Kind",
  },
} as const;

/** The collection of an entity kind: `people`, `organizations`, `places`. */
export type EntityCollection = keyof typeof ENTITY_KINDS;
/** What one entity of a kind is called: `person`, `organization`, `place`. */
export type EntityType = (typeof ENTITY_KINDS)[EntityCollection]["singular"];
/** How a page names one entity of a kind: `Person`, `Organization`, `Place`. */
export type EntityLabel = (typeof ENTITY_KINDS)[EntityCollection]["label"];

/** The entity collections in the table's order. */
export const ENTITY_COLLECTIONS = Object.keys(ENTITY_KINDS) as EntityCollection[];

const BY_TYPE = new Map(ENTITY_COLLECTIONS.map((collection) => [ENTITY_KINDS[collection].singular as EntityType, collection]));

/** The collection an entity type is kept in: `person` → `people`. */
export function collectionOfType(type: EntityType): EntityCollection {
  return BY_TYPE.get(type)!;
}

/** Builds one value per entity collection, e.g. an empty list of ids for each. */
export function perEntityCollection<T>(make: (collection: EntityCollection) => T): Record<EntityCollection, T> {
  return Object.fromEntries(ENTITY_COLLECTIONS.map((collection) => [collection, make(collection)])) as Record<EntityCollection, T>;
}

/** The key of an entity across collections, e.g. `people/mohammad-bagheri`. */
export function entityKey(collection: EntityCollection, id: string): string {
  return `${collection}/${id}`;
}

/** The collection and id an entity key names: `people/mohammad-bagheri` → ["people", "mohammad-bagheri"]. */
export function entityKeyParts(key: string): [collection: EntityCollection, id: string] {
  const slash = key.indexOf("/");
  return [key.slice(0, slash) as EntityCollection, key.slice(slash + 1)];
}
