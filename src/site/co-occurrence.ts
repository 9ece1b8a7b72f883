/** A set of entities named together: the people, organizations and places of one article or one event. */
export interface Context {
  kind: "article" | "event";
  /** Entity keys such as `people/mohammad-bagheri`; repeats are counted once. */
  members: readonly string[];
}

/** How often two entities are named together, by the kind of context. */
export interface SharedCount {
  articles: number;
  events: number;
}

/** For each entity key, the entities it appears with and how often. Symmetric: a→b equals b→a. */
export type CoOccurrences = Map<string, Map<string, SharedCount>>;

export interface Companion extends SharedCount {
  key: string;
  total: number;
}

/**
 * Counts, for every pair of entities, the articles and the events that name both. Built once per build, so
 * each entity page reads its companions without scanning the archive.
 */
export function countCoOccurrences(contexts: Iterable<Context>): CoOccurrences {
  const counts: CoOccurrences = new Map();
  for (const { kind, members } of contexts) {
    const unique = [...new Set(members)];
    for (const a of unique) {
      for (const b of unique) {
        if (a === b) continue;
        const row = counts.get(a) ?? new Map<string, SharedCount>();
        counts.set(a, row);
        const shared = row.get(b) ?? { articles: 0, events: 0 };
        row.set(b, shared);
        if (kind === "article") shared.articles += 1;
        else shared.events += 1;
      }
    }
  }
  return counts;
}

/** The `limit` entities most often named with `key`, most frequent first; ties in key order, so pages are stable. */
export function topCompanions(counts: CoOccurrences, key: string, limit: number): Companion[] {
  return [...(counts.get(key) ?? new Map<string, SharedCount>())]
    .map(([other, shared]) => ({ key: other, ...shared, total: shared.articles + shared.events }))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}
