import { expect, type Page } from "@playwright/test";

/** Opens the search page's filter panel, as a reader does, and waits for its groups. */
export async function openFilters(page: Page): Promise<void> {
  await page.locator("summary", { hasText: "Filter results" }).click();
  await expect(page.getByRole("group", { name: "Type" })).toBeVisible();
}
