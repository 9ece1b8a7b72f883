import { test, expect } from "../support/fixtures.ts";

const ARTICLE = /Syrian president says Tehran.Damascus military agreement/;

test("a reader typing a name sees results without a reload, and the query stays in the address", async ({ page }) => {
  await page.goto("/search/");
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("searchbox", { name: "Search the archive" }).last().pressSequentially("Ayoub", { delay: 30 });
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link", { name: ARTICLE })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window), "the page was not reloaded").toBe(true);
  expect(new URL(page.url()).searchParams.get("q")).toBe("Ayoub");
});

for (const term of ["Takfiri", "air defense", "Ayoub", "Baqeri", "Mayadeen", "al-Assad", "بشار الأسد"]) {
  test(`searching “${term}” finds the article`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(term)}`);
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("link", { name: ARTICLE })).toBeVisible();
  });
}

test("the search offers filters for type, person, organization, place, source and year", async ({ page }) => {
  await page.goto("/search/?q=Damascus");
  for (const group of ["Type", "Person", "Organization", "Place", "Source", "Year"]) {
    await expect(page.getByRole("group", { name: group })).toBeVisible();
  }
  await expect(page.getByRole("group", { name: "Person" }).getByRole("checkbox", { name: /Ali Abdullah Ayyoub/ })).toBeVisible();
  await expect(page.getByRole("group", { name: "Year" }).getByRole("checkbox", { name: /2020/ })).toBeVisible();
});

test("a result deep-links to the paragraph that matched", async ({ page }) => {
  await page.goto("/search/?q=Takfiri");
  const deepLink = page.getByRole("list", { name: "Search results" }).getByRole("link", { name: /^Paragraph \d+$/ }).first();
  await expect(deepLink).toHaveAttribute("href", /#p-7$/);
  await deepLink.click();
  await expect(page.locator("#p-7")).toContainText("Takfiri terrorism");
});
