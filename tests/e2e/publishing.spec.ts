import { readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures.ts";
import { openFilters, showResultsUntil } from "../support/search-page.ts";

const ARTICLE = "/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/";
const TITLE = "Syrian president says Tehran–Damascus military agreement is result of years of cooperation against terrorism";
const ORIGINAL = "https://www.tehrantimes.com/news/449831/Syrian-president-says-Tehran-Damascus-military-agreement-is-result";
const SHA256 = "ee13ddceafda7ea07426ac2b47ba6bd251bd8787ed044278d464cbbf48272a8e";
const VISIT = "/events/2020-07-07-iranian-military-delegation-visits-damascus/";

/** Parses XML with the browser's own parser: the parse error if it is not well-formed, else the text of each selected element. */
async function parseXml(page: Page, xml: string, selector: string): Promise<{ error?: string; root: string; values: string[] }> {
  return page.evaluate(
    ([text, query]) => {
      const doc = new DOMParser().parseFromString(text!, "application/xml");
      const error = doc.querySelector("parsererror")?.textContent ?? undefined;
      return { error, root: doc.documentElement.nodeName, values: [...doc.querySelectorAll(query!)].map((node) => node.textContent ?? "") };
    },
    [xml, selector],
  );
}

test("the RSS feed is well-formed and lists the article, newest first, at its address on this deployment", async ({
  page,
  request,
  site,
}) => {
  const response = await request.get(site.path("/rss.xml"));
  expect(response.ok()).toBe(true);
  const feed = await parseXml(page, await response.text(), "item > link");
  expect(feed.error).toBeUndefined();
  expect(feed.root).toBe("rss");
  expect(feed.values).toEqual([site.url(ARTICLE)]);
  expect((await parseXml(page, await response.text(), "item > pubDate")).values).toEqual(["Fri, 10 Jul 2020 00:00:00 GMT"]);
});

test("every page points feed readers to the feed", async ({ page, site }) => {
  await page.goto(site.path("/"));
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", site.path("/rss.xml"));
});

test("the sitemap is well-formed and lists the article; robots.txt names it by its absolute address", async ({ page, request, site }) => {
  const robots = await (await request.get(site.path("/robots.txt"))).text();
  expect(robots).toContain(`Sitemap: ${site.url("/sitemap-index.xml")}`);
  const index = await parseXml(page, await (await request.get(site.path("/sitemap-index.xml"))).text(), "sitemap > loc");
  expect(index.error).toBeUndefined();
  expect(index.values).toEqual([site.url("/sitemap-0.xml")]);
  const sitemap = await parseXml(page, await (await request.get(site.path("/sitemap-0.xml"))).text(), "url > loc");
  expect(sitemap.error).toBeUndefined();
  expect(sitemap.values).toEqual(
    expect.arrayContaining([site.url("/"), site.url(ARTICLE), site.url("/people/mohammad-bagheri/"), site.url(VISIT)]),
  );
  expect(sitemap.values.every((loc) => loc.startsWith(site.url("/")))).toBe(true);
});

test("pages carry canonical, OpenGraph and Twitter metadata under the deployment's address", async ({ page, site }) => {
  for (const path of ["/", "/search/", "/people/mohammad-bagheri/", VISIT]) {
    await page.goto(site.path(path));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", site.url(path));
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", site.url(path));
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "website");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  }
  await page.goto(site.path(ARTICLE));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", site.url(ARTICLE));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", TITLE);
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", "2020-07-10");
});

test("the article's JSON-LD describes a NewsArticle reporting the visit, an Event of three days", async ({ page, site }) => {
  await page.goto(site.path(ARTICLE));
  const graphs = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "")));
  const article = graphs.find((graph) => graph["@type"] === "NewsArticle");
  expect(article).toMatchObject({
    "@context": "https://schema.org",
    headline: TITLE,
    datePublished: "2020-07-10",
    dateline: "TEHRAN -",
    url: site.url(ARTICLE),
    isBasedOn: ORIGINAL,
    publisher: { "@type": "Organization", name: "Tehran Times", url: site.url("/organizations/tehran-times/") },
    author: { name: "NA/PA" },
  });
  expect(article.mentions).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ "@type": "Person", name: "Mohammad Bagheri", url: site.url("/people/mohammad-bagheri/") }),
      expect.objectContaining({ "@type": "Organization", name: "Al Mayadeen", url: site.url("/organizations/al-mayadeen/") }),
      expect.objectContaining({ "@type": "Place", name: "Damascus", url: site.url("/places/damascus/") }),
    ]),
  );
  const visit = article.about.find((event: { url: string }) => event.url === site.url(VISIT));
  expect(visit).toMatchObject({ "@type": "Event", startDate: "2020-07-07", endDate: "2020-07-09", location: { name: "Damascus" } });
  expect(visit.subEvent.map((day: { "@type": string; startDate: string }) => [day["@type"], day.startDate])).toEqual([
    ["Event", "2020-07-07"],
    ["Event", "2020-07-08"],
    ["Event", "2020-07-09"],
  ]);
});

test("people, organizations, places and events describe themselves in JSON-LD", async ({ page, site }) => {
  const jsonLd = async (path: string) => {
    await page.goto(site.path(path));
    const [data] = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? "")));
    return data;
  };
  expect(await jsonLd("/people/mohammad-bagheri/")).toMatchObject({
    "@type": "Person",
    name: "Mohammad Bagheri",
    url: site.url("/people/mohammad-bagheri/"),
    honorificPrefix: "Major General",
  });
  expect(await jsonLd("/organizations/al-mayadeen/")).toMatchObject({ "@type": "Organization", name: "Al Mayadeen" });
  expect(await jsonLd("/places/damascus/")).toMatchObject({ "@type": "Place", name: "Damascus", containedInPlace: { name: "Syria" } });
  const visit = await jsonLd(VISIT);
  expect(visit).toMatchObject({ "@type": "Event", startDate: "2020-07-07", endDate: "2020-07-09", location: { name: "Damascus" } });
  expect(visit.subEvent).toHaveLength(3);
  expect(await jsonLd("/events/2020-07-09-assad-meets-bagheri/")).toMatchObject({
    "@type": "Event",
    startDate: "2020-07-09",
    superEvent: { url: site.url(VISIT) },
  });
});

test("the article offers Chicago and APA citations and BibTeX, RIS and CSL-JSON downloads", async ({ page, site }) => {
  await page.goto(site.path(ARTICLE));
  const cite = page.getByRole("region", { name: "Cite this report" });
  await expect(cite.getByRole("figure", { name: "Chicago" })).toContainText(
    `NA/PA. “${TITLE}.” Tehran Times, July 10, 2020. ${ORIGINAL}. Archived in Dossier, ${site.url(ARTICLE)}.`,
  );
  await expect(cite.getByRole("figure", { name: "APA" })).toContainText(
    `NA/PA. (2020, July 10). ${TITLE}. Tehran Times. ${site.url(ARTICLE)}`,
  );
  for (const [name, extension] of [
    ["BibTeX (.bib)", "bib"],
    ["RIS (.ris)", "ris"],
    ["CSL-JSON (.json)", "json"],
  ]) {
    const link = cite.getByRole("link", { name });
    await expect(link).toHaveAttribute("download", `syrian-president-says-tehran-damascus-military-agreement-is-result.${extension}`);
  }
  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), cite.getByRole("link", { name }).click()]);
    expect(download.suggestedFilename()).toMatch(/^syrian-president-says-tehran-damascus-military-agreement-is-result\.(bib|ris|json)$/);
    return readFileSync((await download.path())!, "utf8");
  };
  const bib = await save("BibTeX (.bib)");
  expect(bib).toContain("2020");
  const [entry] = new Cite(bib).data;
  expect(entry).toMatchObject({ title: TITLE, "container-title": "Tehran Times", issued: { "date-parts": [[2020, 7, 10]] } });
  const ris = await save("RIS (.ris)");
  expect(ris.split("\r\n")).toContain("DA  - 2020/07/10");
  const [fromRis] = new Cite(ris).data;
  expect(fromRis).toMatchObject({ title: TITLE, type: "article-newspaper", issued: { "date-parts": [[2020]] } });
  const [fromCsl] = JSON.parse(await save("CSL-JSON (.json)"));
  expect(fromCsl).toMatchObject({ id: "syrian-president-says-tehran-damascus-military-agreement-is-result", title: TITLE });
});

test("the article carries citation_* meta tags for Zotero", async ({ page, site }) => {
  await page.goto(site.path(ARTICLE));
  const meta = (name: string) => page.locator(`meta[name="${name}"]`);
  await expect(meta("citation_title")).toHaveAttribute("content", TITLE);
  await expect(meta("citation_publication_date")).toHaveAttribute("content", "2020/07/10");
  await expect(meta("citation_journal_title")).toHaveAttribute("content", "Tehran Times");
  await expect(meta("citation_author")).toHaveAttribute("content", "NA/PA");
  await expect(meta("citation_public_url")).toHaveAttribute("content", site.url(ARTICLE));
});

test("the article's source record shows the publisher, the original address, the sha256 and the outlets it cites", async ({
  page,
  site,
}) => {
  await page.goto(site.path(ARTICLE));
  const record = page.getByRole("region", { name: "Source record" });
  await expect(record.getByRole("link", { name: "Tehran Times" })).toHaveAttribute("href", site.path("/organizations/tehran-times/"));
  await expect(record.getByRole("link", { name: ORIGINAL })).toHaveAttribute("href", ORIGINAL);
  await expect(record.locator("dd code")).toHaveText(SHA256);
  await expect(record.getByRole("listitem")).toHaveText([
    "Al Mayadeen (paragraph 2)",
    "IRIB (paragraph 6)",
    "Al Mayadeen (paragraph 9)",
    "Fars News Agency (paragraph 9)",
  ]);
});

test("the open data lists the archive as JSON and the events as CSV", async ({ request, site }) => {
  const data = await (await request.get(site.path("/data/archive.json"))).json();
  expect(data).toMatchObject({ format: "dossier-archive", version: 1, home: site.url("/") });
  expect(data.articles.map((article: { url: string }) => article.url)).toEqual([site.url(ARTICLE)]);
  expect(data.events).toHaveLength(4);
  const csv = await (await request.get(site.path("/data/events.csv"))).text();
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("id,title,start,end,place,people,organizations,parent,reports");
  expect(lines.filter(Boolean)).toHaveLength(5);
});

test("every page type carries a Content-Security-Policy without unsafe-inline that Pagefind can run under", async ({ page, site }) => {
  for (const path of ["/", ARTICLE, "/search/", "/people/mohammad-bagheri/", VISIT, "/timeline/", "/404.html"]) {
    await page.goto(site.path(path));
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy, path).toMatch(/worker-src 'self'/);
    expect(policy, path).not.toContain("unsafe-inline");
    expect(policy, path).not.toMatch(/https?:/);
  }
});

test("searching raises no Content-Security-Policy violation, and results link under the deployment's base", async ({
  page,
  site,
  cspViolations,
}) => {
  await page.goto(site.path("/search/"));
  await page.getByRole("searchbox", { name: "Search the archive" }).last().fill("Bagheri");
  const results = page.getByRole("list", { name: "Search results" });
  await showResultsUntil(page, results.getByRole("link", { name: /Syrian president says/ }));
  await expect(results.getByRole("link", { name: /Syrian president says/ })).toHaveAttribute("href", site.path(ARTICLE));
  const hrefs = await results.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(3);
  expect(hrefs.filter((href) => !href.startsWith(site.path("/")))).toEqual([]);
  await openFilters(page);
  await page
    .getByRole("group", { name: "Type" })
    .getByRole("checkbox", { name: /^Person/ })
    .check();
  await expect(results.getByRole("link", { name: "Mohammad Bagheri", exact: true })).toHaveAttribute(
    "href",
    site.path("/people/mohammad-bagheri/"),
  );
  expect(cspViolations).toEqual([]);
});
