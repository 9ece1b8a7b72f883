import { test, expect } from "../support/fixtures.ts";

const ARTICLE = "/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/";
const ARTICLE_TITLE = /Syrian president says Tehran.Damascus military agreement/;
const VISIT = "/events/2020-07-07-iranian-military-delegation-visits-damascus/";
const DAYS = [
  ["/events/2020-07-07-bagheri-arrives-in-damascus/", "2020-07-07", /Bagheri arrives in Damascus/],
  ["/events/2020-07-08-iran-syria-military-agreement-signed/", "2020-07-08", /Iran and Syria sign a military and security agreement/],
  ["/events/2020-07-09-assad-meets-bagheri/", "2020-07-09", /Assad meets Bagheri in Damascus/],
] as const;

const ENTITIES = {
  people: { "mohammad-bagheri": "Mohammad Bagheri", "bashar-al-assad": "Bashar al-Assad", "ali-abdullah-ayyoub": "Ali Abdullah Ayyoub" },
  organizations: {
    "al-mayadeen": "Al Mayadeen",
    "armed-forces-of-iran": "Armed Forces of the Islamic Republic of Iran",
    "fars-news-agency": "Fars News Agency",
    irib: "IRIB",
    "syrian-ministry-of-defense": "Syrian Ministry of Defense",
    "tehran-times": "Tehran Times",
  },
  places: { damascus: "Damascus", iran: "Iran", syria: "Syria", tehran: "Tehran", "united-states": "United States" },
} as const;

for (const [collection, entries] of Object.entries(ENTITIES)) {
  for (const [id, name] of Object.entries(entries)) {
    test(`${name} has a page at /${collection}/${id}/ that links to the article mentioning it`, async ({ page, site }) => {
      await page.goto(site.path(`/${collection}/${id}/`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByRole("link", { name: ARTICLE_TITLE }).first()).toHaveAttribute("href", site.path(ARTICLE));
    });
  }
  test(`the /${collection}/ index links to every entry`, async ({ page, site }) => {
    await page.goto(site.path(`/${collection}/`));
    for (const [id, name] of Object.entries(entries)) {
      await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toHaveAttribute(
        "href",
        site.path(`/${collection}/${id}/`),
      );
    }
  });
}

test("the article links each name it mentions, each outlet it cites and each timeline entry to their pages", async ({ page, site }) => {
  await page.goto(site.path(ARTICLE));
  const mentioned = page.locator("#mentioned");
  await mentioned.getByRole("link", { name: "Mohammad Bagheri" }).click();
  await expect(page).toHaveURL(/\/people\/mohammad-bagheri\/$/);
  await page.goBack();
  await page.getByRole("region", { name: "Outlets it cites" }).getByRole("link", { name: "Fars News Agency" }).click();
  await expect(page).toHaveURL(/\/organizations\/fars-news-agency\/$/);
  await page.goBack();
  await page.getByRole("list", { name: "Events this report describes" }).getByRole("link", { name: DAYS[1][2] }).click();
  await expect(page).toHaveURL(new RegExp(`${DAYS[1][0]}$`));
});

test("Bagheri's page shows his names, his quotes with who reported them, and links each quote to its paragraph", async ({ page, site }) => {
  await page.goto(site.path("/people/mohammad-bagheri/"));
  await expect(page.getByText("محمد باقری")).toBeVisible();
  await expect(page.getByText(/Baqeri/).first()).toBeVisible();
  const quotes = page.getByRole("region", { name: "Quotes" });
  const airDefense = quotes.getByRole("figure").filter({ hasText: "will strengthen Syria’s air defense systems" });
  await expect(airDefense).toContainText("Mohammad Bagheri, reported by Al Mayadeen via Fars News Agency");
  await expect(airDefense.getByRole("link", { name: "Al Mayadeen" })).toHaveAttribute("href", site.path("/organizations/al-mayadeen/"));
  await airDefense.getByRole("link", { name: "paragraph 9" }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#p-9$`));
  await expect(page.locator("#p-9")).toContainText("will strengthen Syria’s air defense systems");
  await expect(page.locator("#p-9")).toBeInViewport();
});

test("Bagheri's page lists his events in date order, the visit holding its three days", async ({ page, site }) => {
  await page.goto(site.path("/people/mohammad-bagheri/"));
  const timeline = page.getByRole("list", { name: "Events Mohammad Bagheri took part in" });
  const visit = timeline.locator(":scope > li");
  await expect(visit).toHaveCount(1);
  await expect(visit.locator("time").first()).toHaveAttribute("datetime", "2020-07-07");
  await expect(visit.getByRole("link").first()).toHaveAttribute("href", site.path(VISIT));
  const days = visit.locator("li");
  await expect(days).toHaveCount(3);
  for (const [i, [href, datetime, title]] of DAYS.entries()) {
    await expect(days.nth(i).locator("time")).toHaveAttribute("datetime", datetime);
    await expect(days.nth(i).getByRole("link", { name: title })).toHaveAttribute("href", site.path(href));
  }
});

test("the people Bagheri appears with most are counted and linked", async ({ page, site }) => {
  await page.goto(site.path("/people/mohammad-bagheri/"));
  const companions = page.getByRole("region", { name: "Appears most often with" });
  await expect(companions.getByRole("listitem").first()).toContainText("Damascus");
  await expect(companions.getByRole("listitem").first()).toContainText("1 report and 4 events");
  await expect(companions.getByRole("link", { name: "Ali Abdullah Ayyoub", exact: true })).toHaveAttribute(
    "href",
    site.path("/people/ali-abdullah-ayyoub/"),
  );
});

test("the signing's page lists the article that reports it, the phrase it uses, and links to paragraph 5", async ({ page, site }) => {
  await page.goto(site.path(DAYS[1][0]));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DAYS[1][2]);
  await expect(page.locator("header time")).toHaveAttribute("datetime", "2020-07-08");
  await expect(page.getByRole("link", { name: "Damascus" }).first()).toHaveAttribute("href", site.path("/places/damascus/"));
  await expect(page.getByRole("link", { name: /Iran's military delegation visits Damascus/ })).toHaveAttribute("href", site.path(VISIT));
  const participants = page.getByRole("region", { name: "Who took part" });
  await expect(participants.getByRole("link", { name: "Ali Abdullah Ayyoub" })).toHaveAttribute(
    "href",
    site.path("/people/ali-abdullah-ayyoub/"),
  );
  await expect(participants.getByRole("link", { name: "Syrian Ministry of Defense" })).toBeVisible();
  const reports = page.getByRole("region", { name: "Reports" });
  await expect(reports.getByRole("link", { name: ARTICLE_TITLE })).toHaveAttribute("href", site.path(ARTICLE));
  await expect(reports).toContainText("“on Wednesday”");
  await expect(reports).not.toContainText("differs");
  await reports.getByRole("link", { name: "paragraph 5" }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#p-5$`));
  await expect(page.locator("#p-5")).toContainText("signed a military and security agreement in Damascus on Wednesday");
});

test("the visit's page shows its span and its three days, each linking back to the visit", async ({ page, site }) => {
  await page.goto(site.path(VISIT));
  const times = page.locator("header time");
  await expect(times).toHaveCount(2);
  await expect(times.nth(0)).toHaveAttribute("datetime", "2020-07-07");
  await expect(times.nth(1)).toHaveAttribute("datetime", "2020-07-09");
  const days = page.getByRole("list", { name: /Events during/ }).getByRole("link");
  await expect(days).toHaveCount(3);
  for (const [i, [href]] of DAYS.entries()) await expect(days.nth(i)).toHaveAttribute("href", site.path(href));
  await days.nth(2).click();
  await expect(page.getByRole("link", { name: /Iran's military delegation visits Damascus/ })).toHaveAttribute("href", site.path(VISIT));
});

test("Damascus lists the events there, and Tehran the report filed from it", async ({ page, site }) => {
  await page.goto(site.path("/places/damascus/"));
  await expect(page.getByRole("list", { name: "Events in Damascus" }).getByRole("link")).toHaveCount(4);
  await page.goto(site.path("/places/tehran/"));
  await expect(page.getByRole("region", { name: "Reports filed from Tehran" }).getByRole("link", { name: ARTICLE_TITLE })).toBeVisible();
});

test("Al Mayadeen's page shows what the archive attributes to it, with links to the paragraphs", async ({ page, site }) => {
  await page.goto(site.path("/organizations/al-mayadeen/"));
  const cited = page.getByRole("region", { name: "Cited as a source" });
  await expect(cited).toContainText("“al Mayadeen reported…”");
  await expect(cited.getByRole("link", { name: "paragraph 2" })).toHaveAttribute("href", site.path(`${ARTICLE}#p-2`));
  const quotes = page.getByRole("region", { name: "Quotes it reported" });
  await expect(quotes.getByRole("figure")).toHaveCount(2);
  await expect(quotes).toContainText("Bashar al-Assad, reported by Al Mayadeen");
});

test("the timeline goes from 2020 to July to the visit, drawn as a span holding its three days", async ({ page, site }) => {
  await page.goto(site.path("/"));
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /2020/ })).toContainText("4 events");
  await page.getByRole("link", { name: "July 2020", exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\/2020\/#month-2020-07$/);
  const july = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: "July 2020" }) });
  const visit = july.locator('[data-event="2020-07-07-iranian-military-delegation-visits-damascus"]');
  await expect(visit.locator("time").first()).toHaveAttribute("datetime", "2020-07-07");
  await expect(visit.locator("time").nth(1)).toHaveAttribute("datetime", "2020-07-09");
  const days = visit.getByRole("listitem");
  await expect(days).toHaveCount(3);
  for (const [i, [href, datetime, title]] of DAYS.entries()) {
    await expect(days.nth(i).locator("time").first()).toHaveAttribute("datetime", datetime);
    await expect(days.nth(i).getByRole("link", { name: title })).toHaveAttribute("href", site.path(href));
  }
});

test("the site header links to every section and marks the one the reader is in", async ({ page, site }) => {
  await page.goto(site.path("/people/mohammad-bagheri/"));
  const nav = page.getByRole("navigation", { name: "Site" });
  for (const name of ["Home", "People", "Organizations", "Places", "Events", "Timeline", "Search"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "People" })).toHaveAttribute("aria-current", "true");
  await nav.getByRole("link", { name: "Events" }).click();
  await expect(nav.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("main").getByRole("link")).not.toHaveCount(0);
});
