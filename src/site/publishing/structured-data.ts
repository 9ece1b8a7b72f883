import type { EventLeaf, NewsArticleLeaf, OrganizationLeaf, PersonLeaf, PlaceLeaf, Thing, WithContext } from "schema-dts";
import { ENTITY_COLLECTIONS, ENTITY_KINDS } from "../../archive/entity-kinds.ts";
import type { ArticleRecord, EntityRecord, EventRecord } from "../../archive/model.ts";
import { entitiesByIds, findEntity, type Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { SITE_NAME } from "../site-config.ts";

/** Any schema.org object this archive describes, ready to be serialised. */
export type JsonLd = WithContext<Thing>;

const CONTEXT = "https://schema.org" as const;

const named = <T extends object>(name: string, url: string, rest: T) => ({ "@id": url, name, url, ...rest });
const definedList = (values: readonly (string | undefined)[]) => values.filter((value): value is string => Boolean(value));

type EntityLeaf = PersonLeaf | OrganizationLeaf | PlaceLeaf;

/** An entity inside another object: named and linked to its page, which describes it in full; a place inside its country. */
function entityNode(entity: EntityRecord, links: SiteLinks, country?: EntityRecord): EntityLeaf {
  const url = links.entity(entity.collection, entity.id);
  return {
    "@type": ENTITY_KINDS[entity.collection].schemaType,
    ...named(entity.name, url, {}),
    ...(country
      ? { containedInPlace: { "@type": "Place", ...named(country.name, links.entity(country.collection, country.id), {}) } }
      : {}),
  } as EntityLeaf;
}

/** What every entity page says about itself: its names in every spelling and script, and what it is. */
function entityDetails(entity: EntityRecord) {
  const alternateName = [...entity.aliases, ...entity.originalScript];
  return {
    ...(alternateName.length > 0 ? { alternateName } : {}),
    ...(entity.description ? { description: entity.description } : {}),
  };
}

/**
 * An entity's page: `Person`, `Organization` or `Place` (its kind's schema.org type) with every known spelling of
 * the name; a person's role and honorific; a place inside its country when the archive knows it.
 */
export function entityJsonLd(entity: EntityRecord, archive: Archive, links: SiteLinks): WithContext<EntityLeaf> {
  const country = findEntity(archive, "places", entity.country);
  return {
    "@context": CONTEXT,
    ...entityNode(entity, links, country),
    ...(entity.role ? { jobTitle: entity.role } : {}),
    ...(entity.title ? { honorificPrefix: entity.title } : {}),
    ...entityDetails(entity),
  } as WithContext<EntityLeaf>;
}

/**
 * An event as schema.org describes it: its days, place and who took part; with `subEvents`, the days of a span
 * in full (each pointing back to the span), with `superEvent`, the span it belongs to.
 */
function eventNode(
  event: EventRecord,
  archive: Archive,
  links: SiteLinks,
  options: { subEvents: boolean; superEvent: boolean },
): EventLeaf {
  const place = findEntity(archive, "places", event.place);
  const parent = event.parent ? archive.eventsById.get(event.parent) : undefined;
  const children = archive.subEvents.get(event.id) ?? [];
  const attendee = [...entitiesByIds(archive, "people", event.people), ...entitiesByIds(archive, "organizations", event.organizations)].map(
    (entity) => entityNode(entity, links) as PersonLeaf | OrganizationLeaf,
  );
  const url = links.event(event.id);
  return {
    "@type": "Event",
    ...named(event.title, url, {}),
    ...(event.summary ? { description: event.summary } : {}),
    startDate: event.start,
    endDate: event.end,
    ...(place ? { location: entityNode(place, links) as PlaceLeaf } : {}),
    ...(attendee.length > 0 ? { attendee } : {}),
    ...(options.superEvent && parent
      ? {
          superEvent: {
            "@type": "Event",
            ...named(parent.title, links.event(parent.id), {}),
            startDate: parent.start,
            endDate: parent.end,
          },
        }
      : {}),
    ...(options.subEvents && children.length > 0
      ? {
          subEvent: children.map((child) => ({
            ...eventNode(child, archive, links, { subEvents: true, superEvent: false }),
            superEvent: { "@id": url },
          })),
        }
      : {}),
  };
}

/** An event's page: `Event` with its span, place, participants, the span it belongs to and its days. */
export function eventJsonLd(event: EventRecord, archive: Archive, links: SiteLinks): WithContext<EventLeaf> {
  const reports = definedList(
    event.reports.map((report) => (archive.articlesById.has(report.article) ? links.article(report.article) : undefined)),
  );
  return {
    "@context": CONTEXT,
    ...eventNode(event, archive, links, { subEvents: true, superEvent: true }),
    ...(reports.length > 0 ? { subjectOf: [...new Set(reports)].map((url) => ({ "@id": url })) } : {}),
  };
}

/**
 * An article's page: `NewsArticle` with its publication day, dateline, publisher and credits, the original it is
 * based on, everything it mentions (linked to their pages) and the events it reports, spans holding their days.
 */
export function newsArticleJsonLd(article: ArticleRecord, archive: Archive, links: SiteLinks): WithContext<NewsArticleLeaf> {
  const publisher = findEntity(archive, "organizations", article.publisher);
  const dateline = findEntity(archive, "places", article.dateline);
  const mentions = ENTITY_COLLECTIONS.flatMap((collection) => entitiesByIds(archive, collection, article[collection])).map((entity) =>
    entityNode(entity, links),
  );
  const reported = archive.eventsByArticle.get(article.id) ?? [];
  const url = links.article(article.id);
  const reportedIds = new Set(reported.map((event) => event.id));
  // A reported day whose span is reported too is described inside the span, not a second time on its own.
  const roots = reported.filter((event) => !event.parent || !reportedIds.has(event.parent));
  const datelineText = article.datelineText ?? dateline?.name;
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    inLanguage: "en",
    datePublished: article.published,
    ...(datelineText ? { dateline: datelineText } : {}),
    ...(dateline ? { locationCreated: entityNode(dateline, links) as PlaceLeaf } : {}),
    ...(publisher ? { publisher: entityNode(publisher, links) as OrganizationLeaf } : {}),
    ...(article.credits ? { creditText: article.credits, author: { "@type": "Person", name: article.credits } } : {}),
    ...(article.source.url ? { isBasedOn: article.source.url } : {}),
    identifier: { "@type": "PropertyValue", propertyID: "sha256", value: article.source.sha256 },
    isPartOf: { "@type": "Collection", name: SITE_NAME, url: links.home },
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(roots.length > 0 ? { about: roots.map((event) => eventNode(event, archive, links, { subEvents: true, superEvent: false })) } : {}),
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as \u escapes, so archived text
 * containing `</script>` or `<!--` can never end the script element early; the JSON still parses to the same value.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char]!);
}
