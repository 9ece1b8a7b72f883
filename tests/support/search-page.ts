import { expect, type Locator, type Page } from "@playwright/test";

/** Opens the search page's filter panel, as a reader does, and waits for its groups. */
export async function openFilters(page: Page): Promise<void> {
  await page.locator("summary", { hasText: "Filter results" }).click();
  await expect(page.getByRole("group", { name: "Type" })).toBeVisible();
}

/** The results on the search page (not their paragraph sub-results). */
export function shownResults(page: Page): Locator {
  return page.getByRole("list", { name: "Search results" }).locator(":scope > li");
}

/**
 * Waits for a search to finish, then asks for more results, as a reader does, until `result` is among them or
 * there are no more. Results come five at a time, so a match may sit beyond the first page.
 */
export async function showResultsUntil(page: Page, result: Locator): Promise<void> {
  await expect(page.getByRole("status")).toHaveText(/^\d+ results?/);
  const more = page.getByRole("button", { name: "Show more results" });
  const shown = shownResults(page);
  while (!(await result.isVisible()) && (await more.isVisible())) {
    const before = await shown.count();
    await more.click();
    await expect(shown).not.toHaveCount(before);
  }
}
