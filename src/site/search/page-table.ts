/**
 * What the search page knows of every page of a Pagefind index without downloading its fragment: its kind, and,
 * once a reader sorts by date, its day. The build numbers an index's pages (see `lean-bundle.ts`): page `n` has
 * the id `(first + n).toString(36)`, so a result's id says which page it is. Shards searched together each have
 * their own table, and their numbers do not overlap.
 */
export interface PageTable {
  /** The number of the index's first page id. */
  first: number;
  /** The `type` filter value of the pages, as runs in page order: `[["Place", 5], ["Article", 1200], …]`. */
  kinds: [type: string, pages: number][];
  /** The file, beside this one, that gives each page's day: loaded only when a search is sorted by date. */
  dates: string;
}

/** Each page's day (days since 1 January 1970), in page order; `null` for a page with no date (an entity). */
export interface DateTable {
  first: number;
  days: (number | null)[];
}

/** The file, in a Pagefind bundle folder, that holds the page table of each language index of the bundle. */
export const PAGE_TABLE = "pages.json";

export const pageCount = (table: PageTable) => table.kinds.reduce((sum, [, pages]) => sum + pages, 0);

/** The table a result's id belongs to and the page's number in it, if any table has it. */
function locate<T extends { first: number }>(tables: readonly T[], id: string, count: (table: T) => number): [T, number] | undefined {
  const number = /^[0-9a-z]+$/.test(id) ? parseInt(id, 36) : NaN;
  for (const table of tables) {
    const n = number - table.first;
    if (n >= 0 && n < count(table)) return [table, n];
  }
  return undefined;
}

/** The kind (`type` filter value) of the page a result id names, or "" when no table has it. */
export function kindOf(tables: readonly PageTable[], id: string): string {
  const found = locate(tables, id, pageCount);
  if (!found) return "";
  const [table] = found;
  let n = found[1];
  for (const [type, pages] of table.kinds) {
    if (n < pages) return type;
    n -= pages;
  }
  return "";
}

/** The day of the page a result id names, or `null` when it has none or no table has it. */
export function dayOf(tables: readonly DateTable[], id: string): number | null {
  const found = locate(tables, id, (table) => table.days.length);
  return found ? (found[0].days[found[1]] ?? null) : null;
}

/** A date as written in the archive ("2020-07-08", "2020-07", "2020") as a day number, the first day of a month or year. */
export function dayNumber(date: string | undefined): number | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? "");
  if (!match) return null;
  const [, year, month = "01", day = "01"] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
}

/**
 * Results in date order, newest or oldest first, across every index searched; pages without a date come last, and
 * results of one day keep the order they came in (by score).
 */
export function orderByDate<T extends { id: string }>(
  results: readonly T[],
  tables: readonly DateTable[],
  order: "newest" | "oldest",
): T[] {
  const sign = order === "newest" ? -1 : 1;
  return results
    .map((result, i) => ({ result, i, day: dayOf(tables, result.id) }))
    .sort((a, b) => {
      if (a.day === null || b.day === null) return (a.day === null ? 1 : 0) - (b.day === null ? 1 : 0) || a.i - b.i;
      return sign * (a.day - b.day) || a.i - b.i;
    })
    .map(({ result }) => result);
}
