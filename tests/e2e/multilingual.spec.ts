import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "../support/fixtures.ts";
import { shownResults } from "../support/search-page.ts";
import { REPO_ROOT } from "../support/temp-site.ts";

// The multilingual build (tests/support/fixture-archive.ts): the seed archive with the Arabic and Persian reports
// of tests/fixtures/graph/multilingual ingested into it. Each report's language is read from its file, as written.
const ARTICLES = path.join(REPO_ROOT, ".cache/fixture-archive/content/articles/2020");
const languageOf = new Map(
  readdirSync(ARTICLES).map((file) => [
    file.replace(/\.mdx$/, ""),
    /^language: (\w+)$/m.exec(readFileSync(path.join(ARTICLES, file), "utf8"))?.[1] ?? "en",
  ]),
);
const reportsIn = (language: string) => [...languageOf].filter(([, lang]) => lang === language).map(([id]) => id);
const SIGNING = "/events/2020-07-08-iran-syria-military-agreement-signed/";

test("the fixture archive has Arabic and Persian reports besides the English one", () => {
  expect(reportsIn("ar").length).toBeGreaterThanOrEqual(3);
  expect(reportsIn("fa").length).toBeGreaterThanOrEqual(3);
});

for (const language of ["fa", "ar"]) {
  test(`a report in ${language} reads right to left in its language, the site around it in English`, async ({ page, site }) => {
    const id = reportsIn(language)[0]!;
    await page.goto(site.path(`/articles/${id}/`));
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.locator("h1")).toHaveAttribute("dir", "rtl");
    await expect(page.locator(".article .body")).toHaveAttribute("dir", "rtl");
    for (const chrome of [".site-header", ".site-footer", ".article .facts", ".article .apparatus"])
      await expect(page.locator(chrome).first(), chrome).toHaveAttribute("lang", "en");
    expect(await page.locator("h1").evaluate((h1) => getComputedStyle(h1).direction)).toBe("rtl");

    // A paragraph's number stands at its start, on the right, and the text runs leftwards from it.
    const paragraph = page.locator("#p-1");
    const number = paragraph.locator(".paragraph-link");
    const [box, numberBox] = [await paragraph.boundingBox(), await number.boundingBox()];
    expect(numberBox!.x + numberBox!.width).toBeGreaterThan(box!.x + box!.width - 4);
    const firstWord = await paragraph.evaluate((p) => {
      const text = [...p.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      const range = document.createRange();
      const start = text.textContent!.search(/\S/);
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.x, width: rect.width };
    });
    expect(firstWord.x + firstWord.width).toBeLessThanOrEqual(numberBox!.x + 1);
  });
}

test("the signing's event page gives its day in the Solar Hijri and Hijri calendars, in English and in their own script", async ({
  page,
  site,
}) => {
  await page.goto(site.path(SIGNING));
  const calendars = page.locator(".record-facts .other-calendars");
  await expect(calendars).toContainText("Solar Hijri: 18 Tir 1399 AP");
  await expect(calendars.locator("bdi[lang=fa]")).toHaveText("۱۸ تیر ۱۳۹۹");
  await expect(calendars).toContainText("Hijri (Umm al-Qura): 17 Dhuʻl-Qiʻdah 1441 AH");
  await expect(calendars.locator("bdi[lang=ar]")).toHaveText("١٧ ذو القعدة ١٤٤١ هـ");
  await expect(calendars.locator("bdi[lang=ar]")).toHaveAttribute("dir", "rtl");
  // Its reports in Arabic and Persian are listed with their titles in their language and direction.
  for (const language of ["ar", "fa"]) await expect(page.locator(`#reports a[lang=${language}][dir=rtl]`).first()).toBeVisible();
});

/** Every result of a search, asking for more until there are no more. */
async function allResults(page: import("@playwright/test").Page): Promise<string[]> {
  await expect(page.getByRole("status")).toHaveText(/^\d+ results?/);
  const more = page.getByRole("button", { name: "Show more results" });
  while (await more.isVisible()) {
    const before = await shownResults(page).count();
    await more.click();
    await expect(shownResults(page)).not.toHaveCount(before);
  }
  return shownResults(page)
    .locator("h2 a")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

for (const query of ["باقری", "باقري", "Bagheri"]) {
  test(`searching “${query}” finds the Persian and the Arabic reports`, async ({ page, site }) => {
    await page.goto(site.path(`/search/?q=${encodeURIComponent(query)}`));
    const found = await allResults(page);
    for (const language of ["fa", "ar"]) {
      const reports = reportsIn(language).map((id) => site.path(`/articles/${id}/`));
      expect(
        found.filter((url) => reports.includes(url)),
        `${language} reports`,
      ).toEqual(expect.arrayContaining(reports));
    }
  });
}

test("searching “ايوب” (bare alef) finds the reports that write “أيوب” (hamza on alef), marked in the excerpt", async ({ page, site }) => {
  await page.goto(site.path(`/search/?q=${encodeURIComponent("ايوب")}`));
  const found = await allResults(page);
  const arabic = reportsIn("ar").map((id) => site.path(`/articles/${id}/`));
  expect(found.filter((url) => arabic.includes(url)).length).toBeGreaterThan(0);
  await expect(page.locator(".results mark", { hasText: "أيوب" }).first()).toBeVisible();
  // Results read in their own direction.
  await expect(shownResults(page).locator("h2 a").first()).toHaveAttribute("dir", "auto");
});

test("a search in Arabic finds a word written with the article and a glued conjunction", async ({ page, site }) => {
  await page.goto(site.path(`/search/?q=${encodeURIComponent("والاتفاقية")}`));
  const found = await allResults(page);
  const arabic = reportsIn("ar").map((id) => site.path(`/articles/${id}/`));
  expect(found.filter((url) => arabic.includes(url)).length).toBeGreaterThan(0);
});
