import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "../support/fixtures.ts";
import { crawlSite, type CrawledPage } from "../support/crawl.ts";
import { openFilters } from "../support/search-page.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
let pages: Map<string, CrawledPage>;

test.beforeAll(async ({ playwright, baseURL, site }) => {
  const request = await playwright.request.newContext({ baseURL });
  pages = await crawlSite(request, new URL(baseURL!).origin, ["/", "/search/", "/404.html"].map(site.path));
  await request.dispose();
});

test("the crawl reaches the article, the search page and the home page", ({ site }) => {
  const paths = [...pages.keys()];
  expect(paths).toEqual(
    expect.arrayContaining(
      ["/", "/search/", "/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/"].map(site.path),
    ),
  );
});

test("the crawl reaches every person, organization, place and event page, their indexes and the timeline", ({ site }) => {
  const paths = [...pages.keys()];
  expect(paths).toEqual(
    expect.arrayContaining(
      [
        "/people/",
        "/organizations/",
        "/places/",
        "/events/",
        "/timeline/",
        "/timeline/2020/",
        "/people/mohammad-bagheri/",
        "/organizations/al-mayadeen/",
        "/places/damascus/",
        "/events/2020-07-07-iranian-military-delegation-visits-damascus/",
      ].map(site.path),
    ),
  );
  for (const prefix of ["/people/", "/organizations/", "/places/", "/events/"].map(site.path)) {
    expect(paths.filter((path) => path.startsWith(prefix) && path !== prefix).length, prefix).toBeGreaterThan(2);
  }
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
      else if (url.hash && !target!.ids.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${page.path} -> ${url.pathname}${url.hash} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test("every page has no accessibility violations and no console errors", async ({ page }) => {
  test.setTimeout(300_000);
  for (const path of pages.keys()) {
    if (!path.endsWith("/") && !path.endsWith(".html")) continue;
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  }
});

test("the search page with results and filters has no accessibility violations", async ({ page, site }) => {
  await page.goto(site.path("/search/?q=Bagheri"));
  await expect(page.getByRole("status")).toContainText("result");
  await openFilters(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("pages other than search ship no JavaScript", async ({ page, site }) => {
  for (const path of pages.keys()) {
    if (path === site.path("/search/") || !(path.endsWith("/") || path.endsWith(".html"))) continue;
    await page.goto(path);
    expect(await page.locator("script[src], script:not([type]), script[type=module]").count(), path).toBe(0);
  }
});
