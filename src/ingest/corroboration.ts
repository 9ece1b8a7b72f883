import type { AttachmentReason, EventRecord } from "../archive/model.ts";
import type { ProposedEvent } from "./drafting/event-proposals.ts";

/** An event already in the archive, as far as matching needs to know it. */
export type KnownEvent = Pick<EventRecord, "id" | "start" | "end" | "place" | "people" | "organizations" | "status">;

/** The archive event a proposal is another report of, and what the two share. */
export interface Corroboration<E extends KnownEvent> {
  event: E;
  why: AttachmentReason;
}

function shared(proposal: ProposedEvent, event: KnownEvent): AttachmentReason {
  const people = proposal.people.filter((id) => event.people.includes(id));
  const organizations = proposal.organizations.filter((id) => event.organizations.includes(id));
  const place = proposal.place && proposal.place === event.place ? proposal.place : undefined;
  // One shared name alone (a place, or one participant) is a weak match: an editor should look at it.
  const unsure = people.length + organizations.length + (place ? 1 : 0) < 2;
  return { people, organizations, ...(place ? { place } : {}), unsure };
}

const strength = ({ people, organizations, place }: AttachmentReason) => people.length + organizations.length + (place ? 1 : 0);

/**
 * The archive event a proposed event is another report of: one on the same single day that shares a
 * participant or the place, the one sharing most when several do, with what they share. Events on other days
 * are never merged, and a span (a three-day visit) is not the same event as one of its days.
 */
export function findCorroborated<E extends KnownEvent>(proposal: ProposedEvent, events: readonly E[]): Corroboration<E> | null {
  let best: Corroboration<E> | null = null;
  for (const event of events) {
    if (event.start !== proposal.date || event.end !== proposal.date) continue;
    const why = shared(proposal, event);
    if (strength(why) > (best ? strength(best.why) : 0)) best = { event, why };
  }
  return best;
}
