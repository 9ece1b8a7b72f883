/** The parts of Pagefind's JS API (`pagefind.js`) the search page uses. */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters: Record<string, { any: string[] }>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
}
