import type { AttachmentReason, EventRecord } from "../archive/model.ts";
import { actionKind } from "./drafting/action-kinds.ts";
import type { ProposedEvent } from "./drafting/event-proposals.ts";

/** An event already in the archive, as far as matching needs to know it. */
export type KnownEvent = Pick<EventRecord, "id" | "title" | "start" | "end" | "place" | "people" | "organizations" | "status" | "action">;

/** The archive event a proposal is another report of, and what the two share. */
export interface Corroboration<E extends KnownEvent> {
  event: E;
  why: AttachmentReason;
}

/** The places a place lies in, nearest first (Damascus → Syria): `country` links, as the place files give them. */
export type PlacesAround = (place: string) => string[];

/** A place and every place it lies in. */
function placeAndAround(place: string | undefined, around: PlacesAround): string[] {
  return place ? [place, ...around(place)] : [];
}

function shared(proposal: ProposedEvent, event: KnownEvent, around: PlacesAround): AttachmentReason | null {
  const eventAction = event.action ?? actionKind(event.title);
  // A signing and a meeting on the same day are two events, however many names they share.
  if (proposal.action && eventAction && proposal.action !== eventAction) return null;
  const sameAction = proposal.action !== undefined && proposal.action === eventAction;
  const inSentence = proposal.people.length + proposal.organizations.length > 0;
  // "The two sides signed": a sentence naming nobody takes its parties from the whole report.
  const named = inSentence ? [...proposal.people, ...proposal.organizations] : proposal.reportParties;
  const people = event.people.filter((id) => named.includes(id));
  const organizations = event.organizations.filter((id) => named.includes(id));
  // Places at any level: a report of Syria and an event in Damascus share Syria. The proposal's place is one of its places.
  const eventPlaces = placeAndAround(event.place, around);
  const proposalPlaces = new Set(proposal.places.flatMap((p) => placeAndAround(p, around)));
  const place = eventPlaces.find((p) => proposalPlaces.has(p));
  const parties = people.length + organizations.length;
  if (parties === 0 && !place) return null;
  // Without a shared kind of action, one shared name (a participant or the place) is a weak match for an editor to check.
  const unsure = !sameAction && parties + (place ? 1 : 0) < 2;
  return { ...(sameAction ? { action: eventAction } : {}), people, organizations, ...(place ? { place } : {}), unsure };
}

const score = ({ people, organizations, place, action }: AttachmentReason) =>
  people.length + organizations.length + (place ? 1 : 0) + (action ? 1 : 0);

/**
 * The archive event a proposed event is another report of: one on the same single day, of the same kind of
 * action where both have one, sharing a participant (of the sentence, or of the whole report when the sentence
 * names none) or a place at any level; the one sharing most when several do, with what they share. Events on
 * other days are never merged, and a span (a three-day visit) is not the same event as one of its days.
 */
export function findCorroborated<E extends KnownEvent>(
  proposal: ProposedEvent,
  events: readonly E[],
  around: PlacesAround = () => [],
): Corroboration<E> | null {
  let best: Corroboration<E> | null = null;
  for (const event of events) {
    if (event.start !== proposal.date || event.end !== proposal.date) continue;
    const why = shared(proposal, event, around);
    if (why && score(why) > (best ? score(best.why) : 0)) best = { event, why };
  }
  return best;
}
