import { formatDate } from "../format.ts";
import { parseExcerpt, rankSubResults } from "./excerpt.ts";
import { expandQuery, mergeSearchNames } from "./expand-query.ts";
import { mergeSearches } from "./merge-searches.ts";
import type { Pagefind, PagefindResultData, PagefindSearch } from "./pagefind-api.ts";
import { kindOf, orderByDate, PAGE_TABLE, type DateTable, type PageTable } from "./page-table.ts";
import { orderByKind, resultKind } from "./result-kinds.ts";
import type { SearchNames } from "./search-names.ts";
import {
  SEARCH_FILTERS,
  pagefindOptions,
  readSearchState,
  resultStatus,
  writeSearchState,
  type FilterKey,
  type SearchState,
} from "./search-state.ts";

// Each shown result costs a fragment download, so results come five at a time and the reader asks for more.
const RESULTS_PER_PAGE = 5;
const SUB_RESULTS_SHOWN = 3;
const TYPING_PAUSE_MS = 200;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Builds an excerpt from text nodes and <mark>s: archived text is shown, never parsed as markup. */
function excerptNode(excerpt: string): HTMLParagraphElement {
  const paragraph = element("p", { className: "excerpt", dir: "auto" });
  for (const segment of parseExcerpt(excerpt)) paragraph.append(segment.marked ? element("mark", {}, segment.text) : segment.text);
  return paragraph;
}

/** The languages a Pagefind bundle has an index for, from its entry file; none when it cannot be read. */
async function bundleLanguages(bundle: string): Promise<string[]> {
  try {
    const response = await fetch(`${bundle}pagefind-entry.json`);
    const entry = response.ok ? ((await response.json()) as { languages?: Record<string, unknown> }) : {};
    return Object.keys(entry.languages ?? {});
  } catch {
    return [];
  }
}

/**
 * `<archive-search>` turns the search page's plain form into live search over the Pagefind index:
 * results as the reader types, filters, sorting, and the search kept in the address (`?q=`).
 */
class ArchiveSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #names?: Promise<SearchNames>;
  #tables?: Promise<{ bundle: string; table: PageTable }[]>;
  #dates?: Promise<DateTable[]>;
  #state: SearchState = { query: "", sort: "relevance", filters: {} };
  #timer?: ReturnType<typeof setTimeout>;
  #generation = 0;
  /** Filter counts cost a download per filter; they are fetched once the reader opens the filters. */
  #filtersWanted = false;
  /** The current search's results, and how many of them are on the page. */
  #results: PagefindSearch["results"] = [];
  #shown = 0;

  connectedCallback() {
    const form = this.querySelector("form")!;
    const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
    const sort = form.querySelector<HTMLSelectElement>("select[name=sort]")!;
    this.#state = readSearchState(new URLSearchParams(location.search));
    const panel = this.querySelector<HTMLDetailsElement>(".filter-panel")!;
    this.#filtersWanted = Object.values(this.#state.filters).some((values) => values.length > 0);
    panel.open = this.#filtersWanted;
    panel.addEventListener("toggle", () => {
      if (!panel.open || this.#filtersWanted) return;
      this.#filtersWanted = true;
      this.#run();
    });
    input.value = this.#state.query;
    sort.value = this.#state.sort;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#run();
    });
    input.addEventListener("input", () => {
      this.#state.query = input.value.trim();
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#run(), TYPING_PAUSE_MS);
    });
    sort.addEventListener("change", () => {
      this.#state.sort = sort.value as SearchState["sort"];
      this.#run();
    });
    this.querySelector(".more")!.addEventListener("click", () => this.#showMore());
    this.querySelector(".filters")!.addEventListener("change", (event) => {
      const box = event.target as HTMLInputElement;
      const key = box.name as FilterKey;
      const values = new Set(this.#state.filters[key] ?? []);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      this.#state.filters[key] = [...values];
      this.#run();
    });
    this.#run();
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset.bundle!;
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ bundlePath: bundle, baseUrl: this.dataset.base, excerptLength: 24 });
      await pagefind.init();
      // Pagefind keeps one index per language and loads the page's own; the reports in other languages are in the
      // others, merged in under the bundle's full address (Pagefind skips a merge of its own bundle path).
      const own = document.documentElement.lang.toLowerCase();
      for (const language of await bundleLanguages(bundle)) {
        if (language !== own)
          await pagefind.mergeIndex(new URL(bundle, location.href).href, { language, baseUrl: this.dataset.base, excerptLength: 24 });
      }
      // An archive split into shards (one build per year, say) is searched as one: each sibling's indexes are merged in.
      for (const shard of (this.dataset.shards ?? "").split(",").filter(Boolean)) {
        const languages = await bundleLanguages(`${shard}pagefind/`);
        for (const language of languages.length > 0 ? languages : [own]) {
          await pagefind.mergeIndex(`${shard}pagefind/`, { language, baseUrl: shard, excerptLength: 24 });
        }
      }
      return pagefind;
    })();
    return this.#pagefind;
  }

  /** The bundle folders searched: this site's, then each shard's. */
  #bundles(): string[] {
    const shards = (this.dataset.shards ?? "").split(",").filter(Boolean);
    return [this.dataset.bundle!, ...shards.map((shard) => `${shard}pagefind/`)];
  }

  /** Each index's page table (kinds of pages, see `page-table.ts`): small, loaded with the first search. */
  #loadTables(): Promise<{ bundle: string; table: PageTable }[]> {
    this.#tables ??= Promise.all(
      this.#bundles().map((bundle) =>
        fetch(`${bundle}${PAGE_TABLE}`, { cache: "no-cache" })
          .then((response) => (response.ok ? (response.json() as Promise<PageTable[]>) : []))
          .catch(() => [])
          .then((tables) => tables.map((table) => ({ bundle, table }))),
      ),
    ).then((tables) => tables.flat());
    return this.#tables;
  }

  /** Each index's day of every page: loaded only once a reader sorts by date. */
  #loadDates(): Promise<DateTable[]> {
    this.#dates ??= this.#loadTables().then(async (tables) => {
      const loaded = await Promise.all(
        tables.map(({ bundle, table }) =>
          fetch(`${bundle}${table.dates}`)
            .then((response) => (response.ok ? (response.json() as Promise<DateTable>) : undefined))
            .catch(() => undefined),
        ),
      );
      return loaded.filter((dates) => dates !== undefined);
    });
    return this.#dates;
  }

  /**
   * The results in the order the reader asked for: by date across every index searched; for a name, the reports
   * that speak of the entity first, then its own page, then events, across all results; otherwise by score.
   */
  async #ordered(results: PagefindSearch["results"], namesEntity: boolean): Promise<PagefindSearch["results"]> {
    if (this.#state.sort !== "relevance") return orderByDate(results, await this.#loadDates(), this.#state.sort);
    if (!namesEntity) return results;
    const tables = (await this.#loadTables()).map(({ table }) => table);
    return orderByKind(results, (result) => kindOf(tables, result.id));
  }

  /** The names and word variants of every index searched (see `SearchNames`); a missing table expands nothing. */
  #loadNames(): Promise<SearchNames> {
    this.#names ??= (async () => {
      const tables = [
        this.dataset.names!,
        ...(this.dataset.shards ?? "")
          .split(",")
          .filter(Boolean)
          .map((shard) => `${shard}search/names.json`),
      ];
      const loaded = await Promise.all(
        tables.map((url) =>
          fetch(url)
            .then((response) => (response.ok ? (response.json() as Promise<SearchNames>) : undefined))
            .catch(() => undefined),
        ),
      );
      return mergeSearchNames(loaded.filter((table): table is SearchNames => table !== undefined));
    })();
    return this.#names;
  }

  async #run() {
    const generation = ++this.#generation;
    const query = writeSearchState(this.#state).toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
    const hasFilters = Object.values(this.#state.filters).some((values) => values.length > 0);
    const status = this.querySelector<HTMLElement>("[role=status]")!;
    if (!this.#state.query && !hasFilters) {
      status.textContent = "Type a word or a name to search the archive.";
      this.#results = [];
      this.#shown = 0;
      this.querySelector(".results")!.replaceChildren();
      this.querySelector<HTMLButtonElement>(".more")!.hidden = true;
      if (this.#pagefind && this.#filtersWanted) this.#renderFilters((await this.#pagefind.then((p) => p.filters())) ?? {});
      return;
    }
    status.textContent = "Searching…";
    try {
      const [pagefind, names] = await Promise.all([this.#load(), this.#loadNames(), this.#loadTables()]);
      if (this.#filtersWanted) await pagefind.filters();
      const { terms, namesEntity } = expandQuery(this.#state.query, names);
      const search = await mergeSearches(pagefind, terms, pagefindOptions(this.#state));
      if (!search || generation !== this.#generation) return;
      const results = await this.#ordered(search.results, namesEntity);
      const data = await this.#page(results.slice(0, RESULTS_PER_PAGE));
      if (generation !== this.#generation) return;
      if (this.#filtersWanted) this.#renderFilters(search.filters);
      this.#results = results;
      this.#shown = data.length;
      this.querySelector(".results")!.replaceChildren(...this.#resultItems(data));
      this.#updateMore();
    } catch (error) {
      status.textContent =
        "Search could not load. If you are previewing the site, build it first (npm run build) so the search index exists.";
      console.warn(error);
    }
  }

  #page(results: PagefindSearch["results"]): Promise<PagefindResultData[]> {
    return Promise.all(results.map((result) => result.data()));
  }

  /** Adds the next page of results and moves focus to the first of them, so a keyboard reader continues from there. */
  async #showMore() {
    const generation = this.#generation;
    const data = await this.#page(this.#results.slice(this.#shown, this.#shown + RESULTS_PER_PAGE));
    if (generation !== this.#generation || data.length === 0) return;
    const items = this.#resultItems(data);
    this.querySelector(".results")!.append(...items);
    this.#shown += data.length;
    this.#updateMore();
    items[0]!.querySelector("a")!.focus();
  }

  /** The "more" button shows while results are left, and the status line says how many are shown. */
  #updateMore() {
    const count = this.#results.length;
    this.querySelector<HTMLButtonElement>(".more")!.hidden = this.#shown >= count;
    this.querySelector<HTMLElement>("[role=status]")!.textContent = resultStatus(count, this.#shown, this.#state.query);
  }

  #renderFilters(available: Record<string, Record<string, number>>) {
    const container = this.querySelector<HTMLElement>(".filters")!;
    const groups = SEARCH_FILTERS.flatMap(({ key, label }) => {
      const counts = available[key] ?? {};
      const chosen = new Set(this.#state.filters[key] ?? []);
      const values = Object.keys(counts)
        .filter((value) => counts[value]! > 0 || chosen.has(value))
        .sort();
      if (values.length === 0) return [];
      const options = values.map((value) => {
        const box = element("input", { type: "checkbox", name: key, value, checked: chosen.has(value) });
        return element(
          "li",
          {},
          element("label", {}, box, ` ${value} `, element("span", { className: "count" }, `(${counts[value] ?? 0})`)),
        );
      });
      return [element("fieldset", {}, element("legend", {}, label), element("ul", {}, ...options))];
    });
    container.replaceChildren(...groups);
  }

  #resultItems(results: PagefindResultData[]): HTMLLIElement[] {
    return results.map((result) => {
      const { date, dateline } = result.meta;
      const meta = [
        resultKind(result),
        ...(date ? [element("time", { dateTime: date }, formatDate(date))] : []),
        ...(dateline ? [dateline] : []),
      ].filter(Boolean);
      const subResults = rankSubResults(result.sub_results.filter((sub) => sub.url.includes("#"))).slice(0, SUB_RESULTS_SHOWN);
      return element(
        "li",
        { className: "result" },
        // A report's title and words read in their own direction, Arabic and Persian right to left.
        element("h2", {}, element("a", { href: result.url, dir: "auto" }, result.meta.title ?? result.url)),
        ...(meta.length ? [element("p", { className: "meta" }, ...meta.flatMap((part, i) => (i ? [" · ", part] : [part])))] : []),
        excerptNode(result.excerpt),
        ...(subResults.length
          ? [
              element(
                "ul",
                { className: "sub-results" },
                ...subResults.map((sub) => element("li", {}, element("a", { href: sub.url }, sub.title), excerptNode(sub.excerpt))),
              ),
            ]
          : []),
      );
    });
  }
}

customElements.define("archive-search", ArchiveSearch);
