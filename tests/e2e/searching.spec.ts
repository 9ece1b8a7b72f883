import { test, expect } from "../support/fixtures.ts";
import { openFilters, showResultsUntil, shownResults } from "../support/search-page.ts";

const ARTICLE = /Syrian president says Tehran.Damascus military agreement/;

test("a reader typing a name sees results without a reload, and the query stays in the address", async ({ page, site }) => {
  await page.goto(site.path("/search/"));
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("searchbox", { name: "Search the archive" }).last().pressSequentially("Ayoub", { delay: 30 });
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link", { name: ARTICLE })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window), "the page was not reloaded").toBe(true);
  expect(new URL(page.url()).searchParams.get("q")).toBe("Ayoub");
});

for (const term of ["Takfiri", "air defense", "Ayoub", "Baqeri", "Mayadeen", "al-Assad", "بشار الأسد"]) {
  test(`searching “${term}” finds the article`, async ({ page, site }) => {
    await page.goto(site.path(`/search/?q=${encodeURIComponent(term)}`));
    const article = page.getByRole("list", { name: "Search results" }).getByRole("link", { name: ARTICLE });
    await showResultsUntil(page, article);
    await expect(article).toBeVisible();
  });
}

test("the search offers filters for type, person, organization, place, source and year", async ({ page, site }) => {
  await page.goto(site.path("/search/?q=Damascus"));
  await openFilters(page);
  for (const group of ["Type", "Person", "Organization", "Place", "Source", "Year"]) {
    await expect(page.getByRole("group", { name: group })).toBeVisible();
  }
  await expect(page.getByRole("group", { name: "Person" }).getByRole("checkbox", { name: /Ali Abdullah Ayyoub/ })).toBeVisible();
  await expect(page.getByRole("group", { name: "Year" }).getByRole("checkbox", { name: /2020/ })).toBeVisible();
});

test("a result deep-links to the paragraph that matched", async ({ page, site }) => {
  await page.goto(site.path("/search/?q=Takfiri"));
  const deepLink = page
    .getByRole("list", { name: "Search results" })
    .getByRole("link", { name: /^Paragraph \d+$/ })
    .first();
  await expect(deepLink).toHaveAttribute("href", /#p-7$/);
  await deepLink.click();
  await expect(page.locator("#p-7")).toContainText("Takfiri terrorism");
});

const RESULTS = "Search results";

/** The number of results the status line reports, once a search has run. */
async function resultCount(page: import("@playwright/test").Page): Promise<number> {
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d+ results? /);
  return Number(/^(\d+)/.exec((await status.textContent()) ?? "")![1]);
}

test("searching “Baqeri” also finds Bagheri's own page", async ({ page, site }) => {
  await page.goto(site.path("/search/?q=Baqeri"));
  await expect(page.getByRole("list", { name: RESULTS }).getByRole("link", { name: "Mohammad Bagheri", exact: true })).toHaveAttribute(
    "href",
    site.path("/people/mohammad-bagheri/"),
  );
});

test("filtering by a person keeps only their page, their events and the reports that mention them", async ({ page, site }) => {
  await page.goto(site.path("/search/?q=Damascus"));
  const before = await resultCount(page);
  await openFilters(page);
  await page
    .getByRole("group", { name: "Person" })
    .getByRole("checkbox", { name: /Ali Abdullah Ayyoub/ })
    .check();
  await expect.poll(() => resultCount(page)).toBeLessThan(before);
  expect(new URL(page.url()).searchParams.getAll("person")).toEqual(["Ali Abdullah Ayyoub"]);
  const relevant = [
    "/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/",
    "/events/2020-07-08-iran-syria-military-agreement-signed/",
    "/people/ali-abdullah-ayyoub/",
  ].map(site.path);
  const titles = page.getByRole("list", { name: RESULTS }).getByRole("heading", { level: 2 }).getByRole("link");
  const hrefs = await titles.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !relevant.includes(href))).toEqual([]);
  expect(hrefs).toContain(site.path("/events/2020-07-08-iran-syria-military-agreement-signed/"));
});

test("ticking the type Person leaves only the pages of people", async ({ page, site }) => {
  await page.goto(site.path("/search/?q=Bagheri"));
  const before = await resultCount(page);
  await openFilters(page);
  await page
    .getByRole("group", { name: "Type" })
    .getByRole("checkbox", { name: /^Person/ })
    .check();
  await expect.poll(() => resultCount(page)).toBeLessThan(before);
  const titles = page.getByRole("list", { name: RESULTS }).getByRole("heading", { level: 2 }).getByRole("link");
  const hrefs = await titles.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain(site.path("/people/mohammad-bagheri/"));
  expect(hrefs.every((href) => href.startsWith(site.path("/people/")))).toBe(true);
});

test("results come five at a time, and “Show more results” adds the next five and moves focus to them", async ({ page, site }) => {
  await page.goto(site.path("/search/?q=Damascus"));
  const total = await resultCount(page);
  expect(total, "the test needs a search with more than one page of results").toBeGreaterThan(5);
  const results = shownResults(page);
  await expect(results).toHaveCount(5);
  await expect(page.getByRole("status")).toHaveText(`${total} results for “Damascus”, showing 5.`);
  const firstFive = await results.getByRole("heading", { level: 2 }).allTextContents();

  await page.getByRole("button", { name: "Show more results" }).click();
  const shown = Math.min(total, 10);
  await expect(results).toHaveCount(shown);
  await expect(results.nth(5).getByRole("heading", { level: 2 }).getByRole("link")).toBeFocused();
  expect((await results.getByRole("heading", { level: 2 }).allTextContents()).slice(0, 5)).toEqual(firstFive);
  await expect(page.getByRole("status")).toHaveText(
    shown === total ? `${total} results for “Damascus”.` : `${total} results for “Damascus”, showing ${shown}.`,
  );
  await showResultsUntil(page, results.nth(total - 1));
  await expect(results).toHaveCount(total);
  await expect(page.getByRole("button", { name: "Show more results" })).toBeHidden();
});

for (const [query, why] of [
  ["Damascus", "a word"],
  ["Baqeri", "a name, searched in each of its written forms and merged"],
]) {
  test(`sorting a search for “${query}” (${why}) by date puts every result in date order, either way`, async ({ page, site }) => {
    const dates: Record<string, string[]> = {};
    for (const sort of ["newest", "oldest"]) {
      await page.goto(site.path(`/search/?q=${encodeURIComponent(query)}&sort=${sort}`));
      await expect(page.getByRole("status")).toHaveText(/^\d+ results?/);
      const more = page.getByRole("button", { name: "Show more results" });
      while (await more.isVisible()) {
        const before = await shownResults(page).count();
        await more.click();
        await expect(shownResults(page)).not.toHaveCount(before);
      }
      dates[sort] = await shownResults(page)
        .locator("time")
        .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
    }
    const newest = dates.newest!;
    expect(new Set(newest).size, "the results span several days").toBeGreaterThan(2);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(dates.oldest).toEqual([...newest].sort());
  });
}

test("a search for a name lists every report before the entity's page, and that page before every event, across all pages of results", async ({
  page,
  site,
}) => {
  await page.goto(site.path("/search/?q=Baqeri"));
  await expect(page.getByRole("status")).toHaveText(/^\d+ results?/);
  const more = page.getByRole("button", { name: "Show more results" });
  while (await more.isVisible()) {
    const before = await shownResults(page).count();
    await more.click();
    await expect(shownResults(page)).not.toHaveCount(before);
  }
  const kinds = await shownResults(page)
    .locator("p.meta")
    .evaluateAll((metas) => metas.map((meta) => meta.textContent!.split(" · ")[0]!));
  expect(kinds.length, "more than one page of results").toBeGreaterThan(5);
  const order = ["Report", "Person", "Event"];
  expect(kinds.every((kind) => order.includes(kind))).toBe(true);
  expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  expect(new Set(kinds)).toEqual(new Set(order));
});
