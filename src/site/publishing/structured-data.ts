import type { EventLeaf, NewsArticleLeaf, OrganizationLeaf, PersonLeaf, PlaceLeaf, Thing, WithContext } from "schema-dts";
import { type ArticleRecord, type EntityRecord, type EventRecord, type RecordIndex } from "./record-index.ts";

/** Any schema.org object this archive describes, ready to be serialised. */
export type JsonLd = WithContext<Thing>;

const CONTEXT = "https://schema.org" as const;

const named = <T extends object>(name: string, url: string, rest: T) => ({ "@id": url, name, url, ...rest });
const definedList = (values: readonly (string | undefined)[]) => values.filter((value): value is string => Boolean(value));

// Entities inside another object are named and linked to their page, which describes them in full.
function personNode(person: EntityRecord): PersonLeaf {
  return { "@type": "Person", ...named(person.name, person.url, {}) };
}

function organizationNode(organization: EntityRecord): OrganizationLeaf {
  return { "@type": "Organization", ...named(organization.name, organization.url, {}) };
}

function placeNode(place: EntityRecord, country?: EntityRecord): PlaceLeaf {
  return {
    "@type": "Place",
    ...named(place.name, place.url, {}),
    ...(country ? { containedInPlace: { "@type": "Place", ...named(country.name, country.url, {}) } } : {}),
  };
}

function entityNode(entity: EntityRecord): PersonLeaf | OrganizationLeaf | PlaceLeaf {
  if (entity.collection === "people") return personNode(entity);
  if (entity.collection === "organizations") return organizationNode(entity);
  return placeNode(entity);
}

/** What every entity page says about itself: its names in every spelling and script, and what it is. */
function entityDetails(entity: EntityRecord) {
  const alternateName = [...entity.aliases, ...entity.originalScript];
  return {
    ...(alternateName.length > 0 ? { alternateName } : {}),
    ...(entity.description ? { description: entity.description } : {}),
  };
}

/** A person's page: `Person` with role, honorific and every known spelling of the name. */
export function personJsonLd(person: EntityRecord): WithContext<PersonLeaf> {
  return {
    "@context": CONTEXT,
    ...personNode(person),
    ...(person.role ? { jobTitle: person.role } : {}),
    ...(person.title ? { honorificPrefix: person.title } : {}),
    ...entityDetails(person),
  };
}

/** An organization's page. */
export function organizationJsonLd(organization: EntityRecord): WithContext<OrganizationLeaf> {
  return { "@context": CONTEXT, ...organizationNode(organization), ...entityDetails(organization) };
}

/** A place's page, inside its country when the archive knows it. */
export function placeJsonLd(place: EntityRecord, index: RecordIndex): WithContext<PlaceLeaf> {
  const country = place.country ? index.places.get(place.country) : undefined;
  return { "@context": CONTEXT, ...placeNode(place, country), ...entityDetails(place) };
}

const lookup = (map: Map<string, EntityRecord>, ids: readonly string[]) => ids.flatMap((id) => map.get(id) ?? []);

/**
 * An event as schema.org describes it: its days, place and who took part; with `subEvents`, the days of a span
 * in full (each pointing back to the span), with `superEvent`, the span it belongs to.
 */
function eventNode(event: EventRecord, index: RecordIndex, options: { subEvents: boolean; superEvent: boolean }): EventLeaf {
  const place = event.place ? index.places.get(event.place) : undefined;
  const parent = event.parent ? index.events.get(event.parent) : undefined;
  const children = index.subEvents.get(event.id) ?? [];
  const attendee = [...lookup(index.people, event.people).map(personNode), ...lookup(index.organizations, event.organizations).map(organizationNode)];
  return {
    "@type": "Event",
    ...named(event.title, event.url, {}),
    ...(event.summary ? { description: event.summary } : {}),
    startDate: event.start,
    endDate: event.end,
    ...(place ? { location: placeNode(place) } : {}),
    ...(attendee.length > 0 ? { attendee } : {}),
    ...(options.superEvent && parent ? { superEvent: { "@type": "Event", ...named(parent.title, parent.url, {}), startDate: parent.start, endDate: parent.end } } : {}),
    ...(options.subEvents && children.length > 0
      ? { subEvent: children.map((child) => ({ ...eventNode(child, index, { subEvents: true, superEvent: false }), superEvent: { "@id": event.url } })) }
      : {}),
  };
}

/** An event's page: `Event` with its span, place, participants, the span it belongs to and its days. */
export function eventJsonLd(event: EventRecord, index: RecordIndex): WithContext<EventLeaf> {
  const reports = definedList(event.reports.map((report) => index.articles.get(report.article)?.url));
  return {
    "@context": CONTEXT,
    ...eventNode(event, index, { subEvents: true, superEvent: true }),
    ...(reports.length > 0 ? { subjectOf: [...new Set(reports)].map((url) => ({ "@id": url })) } : {}),
  };
}

/**
 * An article's page: `NewsArticle` with its publication day, dateline, publisher and credits, the original it is
 * based on, everything it mentions (linked to their pages) and the events it reports, spans holding their days.
 */
export function newsArticleJsonLd(article: ArticleRecord, index: RecordIndex): WithContext<NewsArticleLeaf> {
  const publisher = article.publisher ? index.organizations.get(article.publisher) : undefined;
  const dateline = article.dateline ? index.places.get(article.dateline) : undefined;
  const mentions = [
    ...lookup(index.people, article.people),
    ...lookup(index.organizations, article.organizations),
    ...lookup(index.places, article.places),
  ].map(entityNode);
  const reported = index.eventsByArticle.get(article.id) ?? [];
  const reportedIds = new Set(reported.map((event) => event.id));
  // A reported day whose span is reported too is described inside the span, not a second time on its own.
  const roots = reported.filter((event) => !event.parent || !reportedIds.has(event.parent));
  const datelineText = article.datelineText ?? dateline?.name;
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    "@id": article.url,
    url: article.url,
    mainEntityOfPage: article.url,
    headline: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    inLanguage: "en",
    datePublished: article.published,
    ...(datelineText ? { dateline: datelineText } : {}),
    ...(dateline ? { locationCreated: placeNode(dateline) } : {}),
    ...(publisher ? { publisher: organizationNode(publisher) } : {}),
    ...(article.credits ? { creditText: article.credits, author: { "@type": "Person", name: article.credits } } : {}),
    ...(article.source.url ? { isBasedOn: article.source.url } : {}),
    identifier: { "@type": "PropertyValue", propertyID: "sha256", value: article.source.sha256 },
    isPartOf: { "@type": "Collection", name: "Dossier", url: index.records.home },
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(roots.length > 0 ? { about: roots.map((event) => eventNode(event, index, { subEvents: true, superEvent: false })) } : {}),
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as \u escapes, so archived text
 * containing `</script>` or `<!--` can never end the script element early; the JSON still parses to the same value.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char]!);
}
