import { test, expect } from "../support/fixtures.ts";
import { shownResults } from "../support/search-page.ts";

const REPORT = "/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/";

/** The paragraphs of the report (content/articles/2020/…) that name each entity, by number. */
const NAMES = {
  bagheri: [2, 4, 5, 9, 10, 11, 14],
  ayyoub: [5, 12, 13],
  mayadeen: [2, 9],
  assad: [1, 2, 3],
};

/**
 * The answer key of the search: each query, and the paragraphs of the report its first paragraph link may land
 * on. Aliases, original script, letter variants and diacritics must find the paragraphs that name the entity as
 * the report writes it; phrases, the paragraph they are in.
 */
const ANSWERS: { query: string; why: string; paragraphs: number[] }[] = [
  { query: "Baqeri", why: "an alias", paragraphs: NAMES.bagheri },
  { query: "Ayoub", why: "an alias", paragraphs: NAMES.ayyoub },
  { query: "Mayadeen", why: "an alias the report writes inside “al-Mayadeen”", paragraphs: NAMES.mayadeen },
  { query: "بشار الأسد", why: "the original script", paragraphs: NAMES.assad },
  { query: "محمد باقري", why: "the original script with Arabic yeh, where the archive writes Persian yeh", paragraphs: NAMES.bagheri },
  { query: "علي عبد الله ايوب", why: "the original script with a bare alef for the hamza", paragraphs: NAMES.ayyoub },
  { query: "بشـــار الاسد", why: "the original script with tatweel", paragraphs: NAMES.assad },
  { query: "Ayyoūb", why: "a Latin diacritic", paragraphs: NAMES.ayyoub },
  { query: "Mohammad Baqeri", why: "a two-word alias", paragraphs: NAMES.bagheri },
  { query: "air defense", why: "a phrase", paragraphs: [9] },
  { query: "Takfiri terrorism", why: "a phrase", paragraphs: [7] },
  { query: "cost of resistance", why: "a phrase", paragraphs: [13] },
  { query: '"air defense systems"', why: "a quoted phrase", paragraphs: [9] },
];

for (const { query, why, paragraphs } of ANSWERS) {
  test(`searching “${query}” (${why}) lands on a paragraph of the report that says it`, async ({ page, site }) => {
    await page.goto(site.path(`/search/?q=${encodeURIComponent(query)}`));
    await expect(page.getByRole("status")).toHaveText(/^\d+ results? for/);
    const results = shownResults(page);
    const titles = await results.evaluateAll((items) =>
      items.slice(0, 2).map((item) => new URL(item.querySelector("h2 a")!.getAttribute("href")!, location.href).pathname),
    );
    expect(titles, "the report is among the first two results").toContain(site.path(REPORT));
    const report = results.nth(titles.indexOf(site.path(REPORT)));
    const link = report.getByRole("link", { name: /^Paragraph \d+$/ }).first();
    const href = await link.getAttribute("href");
    const paragraph = Number(/#p-(\d+)$/.exec(href ?? "")?.[1]);
    expect(paragraphs, `the first paragraph link (${href})`).toContain(paragraph);
    // The link's excerpt is the paragraph's own words, with what matched marked.
    const excerpt = link.locator("xpath=following-sibling::p[1]");
    await expect(excerpt.locator("mark").first()).toBeVisible();
  });
}

test("a word the report has only in its apparatus does not find the report, and no result quotes a list of names", async ({
  page,
  site,
}) => {
  // “Islamic” is in the Mentioned list (Bagheri's office) and on his page, not in the report's paragraphs.
  await page.goto(site.path("/search/?q=Islamic"));
  await expect(page.getByRole("status")).toHaveText(/^\d+ results? for/);
  const hrefs = await shownResults(page)
    .locator("h2 a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs).not.toContain(site.path(REPORT));
});

for (const query of ["Ayoub", "Baqeri", "بشار الأسد", "Damascus", "Tehran Times"]) {
  test(`no excerpt or paragraph link of a search for “${query}” comes from the apparatus of a page`, async ({ page, site }) => {
    await page.goto(site.path(`/search/?q=${encodeURIComponent(query)}`));
    await expect(page.getByRole("status")).toHaveText(/^\d+ results? for/);
    const list = page.getByRole("list", { name: "Search results" });
    const links = await list.locator(".sub-results a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    for (const href of links) expect(href, "a paragraph link").toMatch(/#p-\d+$/);
    for (const text of await list.locator(".excerpt").allTextContents()) {
      expect(text, "an excerpt").not.toMatch(/\(also |Mentioned|Cite this|SHA-256/i);
    }
  });
}
