import { compareEvents } from "../../archive/model.ts";

/** An event as a timeline shows it; `report` is how one article states it, when the timeline is an article's. */
export interface TimelineEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  parent?: string;
  /** Address of the event's own page. */
  href?: string;
  /** The span the event belongs to, named where the timeline shows the event without it. */
  partOf?: { title: string; href: string };
  /** How a report states the event, and the address of the supporting paragraph. */
  report?: { paragraph: number; phrase: string; href: string };
}

export interface TimelineNode extends TimelineEvent {
  children: TimelineNode[];
}

/**
 * Orders events by date and nests each sub-event under its parent span when the parent is in the list,
 * so a visit reads as one span with its days inside it.
 */
export function buildTimeline(events: TimelineEvent[]): TimelineNode[] {
  const nodes = new Map(events.map((event) => [event.id, { ...event, children: [] as TimelineNode[] }]));
  const roots: TimelineNode[] = [];
  for (const node of [...nodes.values()].sort(compareEvents)) {
    const parent = node.parent ? nodes.get(node.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
