import { test, expect } from "../support/fixtures.ts";

const ARTICLE_TITLE = /Syrian president says Tehran.Damascus military agreement/;

test("a reader reaches the article from the home page and reads its timeline in date order", async ({ page, site }) => {
  await page.goto(site.path("/"));
  await page.getByRole("link", { name: ARTICLE_TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: ARTICLE_TITLE })).toBeVisible();
  await expect(page.locator("header time").first()).toHaveAttribute("datetime", "2020-07-10");

  const timeline = page.getByRole("list", { name: "Events this report describes" });
  const days = timeline.locator("li li");
  await expect(days).toHaveCount(3);
  const expected = [
    ["2020-07-07", "Tuesday 7 July 2020", "on Tuesday"],
    ["2020-07-08", "Wednesday 8 July 2020", "on Wednesday"],
    ["2020-07-09", "Thursday 9 July 2020", "on Thursday"],
  ];
  for (const [i, [datetime, text, stated]] of expected.entries()) {
    const day = days.nth(i);
    await expect(day.locator("time")).toHaveAttribute("datetime", datetime!);
    await expect(day.locator("time")).toHaveText(text!);
    await expect(day).toContainText(`“${stated}”`);
  }
});

test("each timeline entry lands on the paragraph that states it", async ({ page, site }) => {
  await page.goto(site.path("/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/"));
  const days = page.getByRole("list", { name: "Events this report describes" }).locator("li li");
  const statements = [
    /visited Damascus .* on Tuesday/,
    /signed a military and security agreement in Damascus on Wednesday/,
    /on Thursday, al Mayadeen reported/,
  ];
  for (const [i, statement] of statements.entries()) {
    await days
      .nth(i)
      .getByRole("link", { name: /paragraph \d+/ })
      .click();
    const id = new URL(page.url()).hash.slice(1);
    expect(id).toMatch(/^p-\d+$/);
    const paragraph = page.locator(`[id="${id}"]`);
    await expect(paragraph).toHaveText(statement);
    await expect(paragraph).toBeInViewport();
  }
});

test("every paragraph has a visible permalink to itself", async ({ page, site }) => {
  await page.goto(site.path("/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/"));
  const paragraphs = page.locator(".body p[id^=p-]");
  await expect(paragraphs).toHaveCount(14);
  await expect(paragraphs.first()).toContainText("Syrian President Bashar al-Assad has said that that the military cooperation");
  const link = paragraphs.nth(4).getByRole("link", { name: "Paragraph 5" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "#p-5");
});

test("the article names its people, organizations, places and the outlets it cites", async ({ page, site }) => {
  await page.goto(site.path("/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/"));
  const mentioned = page.locator("#mentioned");
  for (const name of [
    "Bashar al-Assad",
    "Mohammad Bagheri",
    "Ali Abdullah Ayyoub",
    "Al Mayadeen",
    "IRIB",
    "Fars News Agency",
    "Tehran",
    "Damascus",
  ]) {
    await expect(mentioned.getByText(name, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Outlets it cites" })).toContainText("according to the Fars news agency");
});
