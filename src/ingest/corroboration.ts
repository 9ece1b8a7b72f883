import type { EventRecord } from "../archive/model.ts";
import type { ProposedEvent } from "./drafting/event-proposals.ts";

/** An event already in the archive, as far as matching needs to know it. */
export type KnownEvent = Pick<EventRecord, "id" | "start" | "end" | "place" | "people" | "organizations">;

function overlap(proposal: ProposedEvent, event: KnownEvent): number {
  const participants = new Set([...event.people, ...event.organizations]);
  const shared = [...proposal.people, ...proposal.organizations].filter((id) => participants.has(id)).length;
  return shared + (proposal.place && proposal.place === event.place ? 1 : 0);
}

/**
 * The archive event a proposed event is another report of: one on the same single day that shares a
 * participant or the place, the one sharing most when several do. Events on other days are never merged,
 * and a span (a three-day visit) is not the same event as one of its days.
 */
export function findCorroborated<E extends KnownEvent>(proposal: ProposedEvent, events: readonly E[]): E | null {
  let best: E | null = null;
  let bestScore = 0;
  for (const event of events) {
    if (event.start !== proposal.date || event.end !== proposal.date) continue;
    const score = overlap(proposal, event);
    if (score > bestScore) {
      best = event;
      bestScore = score;
    }
  }
  return best;
}
