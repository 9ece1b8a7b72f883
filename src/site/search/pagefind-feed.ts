/**
 * The pieces of indexing pages while they are rendered (see `pagefind-integration.ts`) that need no worker: where
 * Astro writes a page, the order the pages are handed to Pagefind in, and the priority the indexing runs at.
 */
import { setPriority } from "node:os";

/** How Astro names a page's file (`build.format`). */
export type BuildFormat = "directory" | "file" | "preserve";

/** The part of Astro's route data that decides a page's file name. */
export interface PageRoute {
  type: string;
  route: string;
  isIndex?: boolean;
}

const STATUS_PAGES = new Set(["/404", "/500"]);

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, "");

/**
 * The file, relative to the output folder, that Astro writes a page's HTML to: `articles/x/index.html` for
 * `/articles/x/`, `index.html` for `/`, `404.html` for the 404 page. Undefined for an endpoint (JSON, SVG, XML),
 * which is not a page to index. This is the path Pagefind is given, so it makes the page's address from it exactly
 * as it does when it reads the built folder; the integration checks afterwards that every HTML file of the build was
 * given, and reads the folder instead if one was not.
 */
export function pageFile(pathname: string, route: PageRoute, format: BuildFormat): string | undefined {
  if (route.type !== "page") return undefined;
  const name = trimSlashes(pathname);
  if (name === "") return "index.html";
  if (format === "file" || STATUS_PAGES.has(`/${name}`) || (format === "preserve" && !route.isIndex)) return `${name}.html`;
  return `${name}/index.html`;
}

/**
 * The key a page is numbered by in Astro's list, and the file it is indexed as (undefined for an endpoint): a page
 * is keyed by its file, so two paths that Astro writes to one file are one page; an endpoint by its path.
 */
export function feedKey(pathname: string, route: PageRoute, format: BuildFormat): { key: string; file: string | undefined } {
  const file = pageFile(pathname, route, format);
  return { key: file ?? `${route.type} ${trimSlashes(pathname)}`, file };
}

/** What went wrong in one step of indexing, in Pagefind's words. */
export function pagefindProblem(step: string, errors: readonly string[]): string {
  return `Pagefind could not ${step}: ${errors.join("; ") || "no detail given"}`;
}

/** A request's path inside the site: `/archive/articles/x/` under base `/archive/` is `/articles/x/`. */
export function pathInSite(url: string, base: string): string {
  const path = decodeURI(new URL(url).pathname);
  const prefix = `/${trimSlashes(base)}`;
  if (prefix === "/") return path;
  return path === prefix || path.startsWith(`${prefix}/`) ? path.slice(prefix.length) || "/" : path;
}

/**
 * Puts items that arrive in any order back into the order of their numbers: `put` returns the items that can now
 * go, in order. A number that never arrives holds back those after it until `rest`, which returns every item still
 * waiting, in order. Pages are rendered several at a time and finish in any order, but Pagefind numbers pages in
 * the order it is given them, so this order is what keeps two builds of one archive byte-identical.
 */
export class InOrder<T extends object> {
  #next = 0;
  readonly #waiting = new Map<number, T | null>();

  /** `item` is null for a number that has nothing to give (an endpoint, a page that is not HTML). */
  put(ordinal: number, item: T | null): T[] {
    if (ordinal < this.#next || this.#waiting.has(ordinal)) throw new Error(`item ${ordinal} was given twice`);
    this.#waiting.set(ordinal, item);
    const ready: T[] = [];
    while (this.#waiting.has(this.#next)) {
      const next = this.#waiting.get(this.#next)!;
      this.#waiting.delete(this.#next++);
      if (next !== null) ready.push(next);
    }
    return ready;
  }

  rest(): T[] {
    const ordinals = [...this.#waiting.keys()].sort((a, b) => a - b);
    const items = ordinals.map((ordinal) => this.#waiting.get(ordinal)!).filter((item): item is T => item !== null);
    this.#waiting.clear();
    this.#next = (ordinals.at(-1) ?? this.#next - 1) + 1;
    return items;
  }
}

/** The nice value the indexing thread and the Pagefind service it starts run at: below the rendering (0). */
export const INDEXING_NICE = 10;

/**
 * Lowers the calling thread below the rendering, so that where the machine's cores are all busy the build's own thread
 * renders and Pagefind reads pages with what it leaves; Pagefind has until the last page is rendered, and keeps up.
 * On Linux a nice value belongs to one thread, and a process started from that thread (the Pagefind service) inherits
 * it. Elsewhere it would lower the whole build, so nothing is changed. Returns whether the priority was lowered.
 */
export function yieldToRendering(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== "linux") return false;
  try {
    setPriority(INDEXING_NICE);
    return true;
  } catch {
    // A system that does not let a thread lower itself indexes at the build's priority.
    return false;
  }
}
