import { ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityCollection } from "../../archive/entity-kinds.ts";

/** The Pagefind filters pages are indexed under besides the entity kinds' own (`person`, `place`, …). */
export const SEARCH_FILTER = {
  /** What a page is: Article, Event, or an entity kind's label. */
  type: "type",
  /** The outlet that published a report. */
  source: "source",
  /** The year a report was published or an event began. */
  year: "year",
} as const;

export type FilterKey = (typeof SEARCH_FILTER)[keyof typeof SEARCH_FILTER] | (typeof ENTITY_KINDS)[EntityCollection]["filter"];

/** The filters the archive's search offers, in the order the search page shows them. */
export const SEARCH_FILTERS: readonly { key: FilterKey; label: string }[] = [
  { key: SEARCH_FILTER.type, label: "Type" },
  ...ENTITY_COLLECTIONS.map((collection) => ({ key: ENTITY_KINDS[collection].filter, label: ENTITY_KINDS[collection].label })),
  { key: SEARCH_FILTER.source, label: "Source" },
  { key: SEARCH_FILTER.year, label: "Year" },
];
export type SortOrder = "relevance" | "newest" | "oldest";

export interface SearchState {
  query: string;
  sort: SortOrder;
  filters: Partial<Record<FilterKey, string[]>>;
}

const FILTER_KEYS = new Set<string>(SEARCH_FILTERS.map((filter) => filter.key));

/** Reads a search from the page address (`?q=Ayoub&person=Ali+Abdullah+Ayyoub&sort=newest`), so searches can be shared. */
export function readSearchState(params: URLSearchParams): SearchState {
  const sortParam = params.get("sort");
  const sort: SortOrder = sortParam === "newest" || sortParam === "oldest" ? sortParam : "relevance";
  const filters: SearchState["filters"] = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((value) => value.length > 0);
    if (values.length > 0) filters[key as FilterKey] = values;
  }
  return { query: params.get("q")?.trim() ?? "", sort, filters };
}

/** Writes a search back into query parameters, leaving out what is empty or default. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const { key } of SEARCH_FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  return params;
}

/**
 * The options Pagefind's `search()` takes for a state: its filters. Sorting by date is done by the search page over
 * all results with the index's date table (`page-table.ts`), since the index holds no date order of its own.
 */
export function pagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }> } {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
  return { filters };
}

/** The status line under the search box: how many results, for what, and how many of them are shown. */
export function resultStatus(count: number, shown: number, query: string): string {
  return `${count} ${count === 1 ? "result" : "results"}${query ? ` for “${query}”` : ""}${count > shown ? `, showing ${shown}` : ""}.`;
}
