import { ENTITY_COLLECTIONS, ENTITY_KINDS } from "../../archive/entity-kinds.ts";
import { SEARCH_FILTER } from "./search-state.ts";

/**
 * The order in which a search for a name shows the kinds of page: the reports that speak of the entity, then its
 * own page, then events. Keys are the values of the `type` filter; values are how a result names its kind.
 */
const KIND_ORDER: readonly [type: string, label: string][] = [
  ["Article", "Report"],
  ...ENTITY_COLLECTIONS.map((collection): [string, string] => [ENTITY_KINDS[collection].label, ENTITY_KINDS[collection].label]),
  ["Event", "Event"],
];

interface Typed {
  filters: Record<string, string[] | undefined>;
}

const typeOf = (result: Typed) => result.filters[SEARCH_FILTER.type]?.[0] ?? "";

/** How a result names the kind of page it is: "Report", "Person", "Event". */
export function resultKind(result: Typed): string {
  return KIND_ORDER.find(([type]) => type === typeOf(result))?.[1] ?? typeOf(result);
}

/**
 * Results reordered by kind (reports, entity pages, events, the rest), keeping their order within a kind. `typeOf`
 * gives a result's `type` filter value: from the index's page table for a whole result list, from its data for one.
 */
export function orderByKind<T>(results: readonly T[], type: (result: T) => string): T[] {
  const rank = (result: T) => {
    const index = KIND_ORDER.findIndex(([value]) => value === type(result));
    return index === -1 ? KIND_ORDER.length : index;
  };
  return results
    .map((result, i) => ({ result, i, rank: rank(result) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ result }) => result);
}
