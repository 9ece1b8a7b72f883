import type { AttachmentReason, EventRecord } from "../archive/model.ts";
import { actionKind, hasTrait, sameHappening } from "./drafting/action-kinds.ts";
import type { ProposedEvent } from "./drafting/event-proposals.ts";

/** An event already in the archive, as far as matching needs to know it. */
export type KnownEvent = Pick<
  EventRecord,
  "id" | "title" | "start" | "end" | "place" | "people" | "organizations" | "status" | "action"
> & {
  /** Everyone and every place the reports attached to it name, anywhere in them: what "the two sides" can be. */
  footprint?: Footprint;
};

/** The ids the reports of an event name, by collection. */
export interface Footprint {
  people: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

/** The archive event a proposal is another report of, and what the two share. */
export interface Corroboration<E extends KnownEvent> {
  event: E;
  why: AttachmentReason;
}

/** The places a place lies in, nearest first (Damascus → Syria): `country` links, as the place files give them. */
export type PlacesAround = (place: string) => string[];

/**
 * The place two places share when one lies in the other (Damascus and Syria share Syria); none for two places
 * side by side (two cities of one country are two places, not one).
 */
function placesMeet(a: string, b: string, around: PlacesAround): string | undefined {
  if (a === b) return a;
  if (around(a).includes(b)) return b;
  if (around(b).includes(a)) return a;
  return undefined;
}

/** The most precise place the proposal's places share with the event's: Damascus before Syria. */
function sharedPlace(places: readonly string[], event: KnownEvent, around: PlacesAround): string | undefined {
  if (!event.place) return undefined;
  const met = places.flatMap((place) => placesMeet(place, event.place!, around) ?? []);
  return met.sort((a, b) => around(b).length - around(a).length)[0];
}

/** What matching knows of places: where each lies, and which are countries. */
export interface PlaceLinks {
  around: PlacesAround;
  isCountry: (place: string) => boolean;
  isCity: (place: string) => boolean;
}

/** The place links a caller gave, and for the rest none: no place lies in another, none is a city or country. */
function withDefaults(places: Partial<PlaceLinks>): PlaceLinks {
  return { around: () => [], isCountry: () => false, isCity: () => false, ...places };
}

function shared(
  proposal: ProposedEvent,
  event: KnownEvent,
  { around, isCountry, isCity }: PlaceLinks,
): { why: AttachmentReason; score: number } | null {
  const eventAction = event.action ?? actionKind(event.title);
  // A signing and a meeting on the same day are two events, however many names they share.
  if (proposal.action && eventAction && !sameHappening(proposal.action, eventAction)) return null;
  const sameAction = proposal.action !== undefined && eventAction !== undefined;
  const inSentence = [...proposal.people, ...proposal.organizations];
  const people = event.people.filter((id) => inSentence.includes(id));
  const organizations = event.organizations.filter((id) => inSentence.includes(id));
  // Places at any level: a report of Syria and an event in Damascus share Syria.
  const place = sharedPlace(proposal.places, event, around);
  const sentenceScore = people.length + organizations.length + (place ? 1 : 0);
  if (sentenceScore > 0) {
    // Without a shared kind of action, one shared name (a participant or the place) is a weak match for an editor to check.
    const unsure = !sameAction && sentenceScore < 2;
    const why = { ...(sameAction ? { action: eventAction } : {}), people, organizations, ...(place ? { place } : {}), unsure };
    return { why, score: 2 * sentenceScore + (sameAction ? 1 : 0) };
  }
  // "The two sides signed", "the delegation will fly back": the whole report's names against all the event's
  // reports name. Only with the same kind of action, and a country alone is too wide to tell one happening.
  if (!sameAction) return null;
  // A sentence that puts its action in a city or country the event is not in tells of another happening (an
  // event placed at a river or an airport cannot say); a
  // journey names where it starts and ends ("will leave Damascus", "fly back to Tehran"), so it is not held to one.
  const journey = hasTrait(eventAction, "journey");
  const settled = (place: string) => isCity(place) || isCountry(place);
  if (!journey && event.place && settled(event.place) && proposal.settings.some(settled)) return null;
  const known = (ids: readonly string[], more: ReadonlySet<string> | undefined) => new Set([...ids, ...(more ?? [])]);
  const theirPeople = known(event.people, event.footprint?.people);
  const theirOrganizations = known(event.organizations, event.footprint?.organizations);
  const theirPlaces = known(event.place ? [event.place] : [], event.footprint?.places);
  const reportPeople = proposal.reportParties.filter((id) => theirPeople.has(id));
  const reportOrganizations = proposal.reportParties.filter((id) => theirOrganizations.has(id));
  const reportPlace = proposal.reportPlaces.find((id) => theirPlaces.has(id) && !isCountry(id));
  const reportScore = reportPeople.length + reportOrganizations.length + (reportPlace ? 1 : 0);
  if (reportScore === 0) return null;
  // A sentence that names parties or places of its own, none of them the event's, is matched on the report alone: check it.
  const unsure = inSentence.length + proposal.places.length > 0;
  const why = {
    action: eventAction,
    people: reportPeople,
    organizations: reportOrganizations,
    ...(reportPlace ? { place: reportPlace } : {}),
    unsure,
  };
  return { why, score: reportScore };
}

/**
 * The archive event a proposed event is another report of: one on the same single day, of the same kind of
 * action (or one that can name the same happening: an agreement and its signing) where both have one, sharing a
 * participant or a place at any level in the sentence, or, for the same kind of action, in the whole report;
 * the one sharing most when several do, with what they share. Events on other days are never merged, and a span
 * (a three-day visit) is not the same event as one of its days.
 */
export function findCorroborated<E extends KnownEvent>(
  proposal: ProposedEvent,
  events: readonly E[],
  places: Partial<PlaceLinks> = {},
): Corroboration<E> | null {
  const links = withDefaults(places);
  let best: { event: E; why: AttachmentReason; score: number } | null = null;
  for (const event of events) {
    if (event.start !== proposal.date || event.end !== proposal.date) continue;
    const match = shared(proposal, event, links);
    if (match && match.score > (best?.score ?? 0)) best = { event, ...match };
  }
  return best ? { event: best.event, why: best.why } : null;
}

const RECURS = /\b(?:again|second|another|new round|fresh|resumed|once more|renewed)\b/i;
const CONFLICT_WINDOW_DAYS = 3;

/** An archive event a proposal contradicts: what it shares with it, and the other day. */
export interface Contradiction<E extends KnownEvent> {
  event: E;
  note: string;
}

/**
 * Events of the same happening a proposal gives another day: the same kind of action, one a story has once (a
 * signing, a death, an arrival), with at least two participants and places in common, within a few days. Such a
 * report is never merged into them; it becomes its own event, and the discrepancy is recorded.
 */
export function findContradicted<E extends KnownEvent>(
  proposal: ProposedEvent,
  events: readonly E[],
  places: Partial<PlaceLinks> = {},
): Contradiction<E>[] {
  // A happening a story has once: a second one with the same parties is more likely a report giving the wrong day.
  if (!hasTrait(proposal.action, "once") || proposal.status !== "happened" || RECURS.test(proposal.sentence)) return [];
  const links = withDefaults(places);
  const day = Date.parse(proposal.date);
  return events.flatMap((event) => {
    const apart = Math.abs(Date.parse(event.start) - day) / 86_400_000;
    if (event.start !== event.end || apart === 0 || apart > CONFLICT_WINDOW_DAYS || event.status !== "happened") return [];
    if ((event.action ?? actionKind(event.title)) !== proposal.action) return [];
    // Two names shared in the sentence itself (a score of 2 for each, 1 for the action), not through the whole report.
    const match = shared({ ...proposal, date: event.start }, event, links);
    if (!match || match.why.unsure || match.score < 5) return [];
    return [
      { event, note: `This report dates the ${proposal.action} ${proposal.date}; the reports of the other event date it ${event.start}.` },
    ];
  });
}
