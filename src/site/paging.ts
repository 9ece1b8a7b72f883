/** One page of a list that is split so no page grows without bound. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  items: T[];
}

/** Splits a list into pages of at most `size` items. An empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number of at least 1, got ${size}`);
  const pages: Page<T>[] = [];
  for (let start = 0; start < items.length || pages.length === 0; start += size) {
    pages.push({ number: pages.length + 1, items: items.slice(start, start + size) });
  }
  return pages;
}

/**
 * The route segment of a page number: nothing for the first page (`/people/`), `page/N` after it
 * (`/people/page/2/`), so page addresses never collide with entry ids (`/people/<id>/`).
 */
export function pageSegment(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`;
}
