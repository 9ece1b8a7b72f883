import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "../support/fixtures.ts";
import { crawlSite, type CrawledPage } from "../support/crawl.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
let pages: Map<string, CrawledPage>;

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  pages = await crawlSite(request, new URL(baseURL!).origin, ["/", "/search/", "/404.html"]);
  await request.dispose();
});

test("the crawl reaches the article, the search page and the home page", () => {
  const paths = [...pages.keys()];
  expect(paths).toEqual(expect.arrayContaining(["/", "/search/", "/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/"]));
});

test("every internal link and anchor resolves", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const broken: string[] = [];
  for (const page of pages.values()) {
    for (const link of page.links) {
      const url = new URL(link);
      if (url.origin !== origin) continue;
      const target = pages.get(url.pathname);
      const status = target ? (await request.head(url.pathname)).status() : 0;
      if (status !== 200) broken.push(`${page.path} -> ${url.pathname} (HTTP ${status})`);
      else if (url.hash && !target!.ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.path} -> ${url.pathname}${url.hash} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test("every page has no accessibility violations and no console errors", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of pages.keys()) {
    if (!path.endsWith("/") && !path.endsWith(".html")) continue;
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  }
});

test("the search page with results and filters has no accessibility violations", async ({ page }) => {
  await page.goto("/search/?q=Bagheri");
  await expect(page.getByRole("status")).toContainText("result");
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("pages other than search ship no JavaScript", async ({ page }) => {
  for (const path of pages.keys()) {
    if (path === "/search/" || !(path.endsWith("/") || path.endsWith(".html"))) continue;
    await page.goto(path);
    expect(await page.locator("script[src], script:not([type]), script[type=module]").count(), path).toBe(0);
  }
});
