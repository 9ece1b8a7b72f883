import type { Pagefind, PagefindResult, PagefindSearch, PagefindSearchOptions } from "./pagefind-api.ts";

/**
 * Runs one Pagefind search per term (the query and its expansions) and merges them by page: each page once, with
 * the result of the term that scored it highest, so its excerpt marks the words that found it, in score order.
 */
export async function mergeSearches(pagefind: Pagefind, terms: string[], options: PagefindSearchOptions): Promise<PagefindSearch | null> {
  if (terms.length <= 1) return pagefind.search(terms[0] ?? null, options);
  const searches = await Promise.all(terms.map((term) => pagefind.search(term, options)));
  const found = searches.filter((search): search is PagefindSearch => search !== null);
  if (found.length === 0) return null;
  const best = new Map<string, PagefindResult>();
  for (const { results } of found) {
    for (const result of results) {
      const known = best.get(result.id);
      if (!known || result.score > known.score) best.set(result.id, result);
    }
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score);
  return { results, filters: mergeFilterCounts(found) };
}

/** Filter counts of the merged results: the largest count any one search gives each value, a floor of the true count. */
function mergeFilterCounts(searches: PagefindSearch[]): PagefindSearch["filters"] {
  const merged: PagefindSearch["filters"] = {};
  for (const { filters } of searches) {
    for (const [key, counts] of Object.entries(filters)) {
      const into = (merged[key] ??= {});
      for (const [value, count] of Object.entries(counts)) into[value] = Math.max(into[value] ?? 0, count);
    }
  }
  return merged;
}
