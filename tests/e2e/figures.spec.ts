import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "../support/fixtures.ts";

const ARTICLE = "/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/";
const VISIT = "Iran's military delegation visits Damascus";
const DAYS = ["Bagheri arrives in Damascus", "Iran and Syria sign a military and security agreement", "Assad meets Bagheri in Damascus"];
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The drawing of a figure: its SVG, named by its title. */
const drawing = (page: Page, id: string) => page.locator(`figure#${id} svg`);

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

/** The visit as one span holding its three days, in order and inside the span, each a link to its event. */
async function expectVisitDrawn(page: Page) {
  const svg = drawing(page, "timeline-figure");
  const span = svg.getByRole("link", { name: new RegExp(`^${VISIT}`) });
  await expect(span).toHaveCount(1);
  await expect(span).toHaveAttribute("href", /\/events\/2020-07-07-iranian-military-delegation-visits-damascus\/$/);
  const spanBox = await box(span);
  const xs: number[] = [];
  for (const title of DAYS) {
    const mark = svg.getByRole("link", { name: new RegExp(`^${title}`) });
    await expect(mark).toHaveCount(1);
    const markBox = await box(mark);
    xs.push(markBox.x + markBox.width / 2);
  }
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  expect(new Set(xs).size).toBe(3);
  for (const x of xs) {
    expect(x).toBeGreaterThanOrEqual(spanBox.x);
    expect(x).toBeLessThanOrEqual(spanBox.x + spanBox.width);
  }
}

test.describe("the seed archive, drawn", () => {
  test("the report draws the visit as a span with its three days", async ({ page, site }) => {
    await page.goto(site.path(ARTICLE));
    await expect(page.getByRole("figure", { name: /The events this report describes/ })).toBeVisible();
    await expectVisitDrawn(page);
  });

  test("the archive's timeline and Bagheri's page draw the same span and days", async ({ page, site }) => {
    for (const path of ["/timeline/", "/people/mohammad-bagheri/"]) {
      await page.goto(site.path(path));
      await expectVisitDrawn(page);
    }
  });

  test("the report's map puts Tehran east and north of Damascus, each a link to its place", async ({ page, site }) => {
    await page.goto(site.path(ARTICLE));
    const map = drawing(page, "map-figure");
    const tehran = map.getByRole("link", { name: /^Tehran/ });
    const damascus = map.getByRole("link", { name: /^Damascus/ });
    await expect(tehran).toHaveAttribute("href", /\/places\/tehran\/$/);
    await expect(damascus).toHaveAttribute("href", /\/places\/damascus\/$/);
    const [t, d] = [await box(tehran), await box(damascus)];
    expect(t.x).toBeGreaterThan(d.x);
    expect(t.y).toBeLessThan(d.y);
    await expect(page.locator("figure#map-figure figcaption")).toContainText("Borders as drawn by Natural Earth");
    // The land is drawn from the map's shared backdrop file, which every page showing the same map uses.
    const backdrop = await map.locator("use.land").getAttribute("href");
    expect(backdrop).toMatch(/\/figures\/map-[0-9a-f]{16}\.svg#land$/);
    const response = await page.request.get(new URL(backdrop!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    expect(await response.text()).toContain('id="land"');
  });

  test("Bagheri's network ties him to Ayyoub and Assad", async ({ page, site }) => {
    await page.goto(site.path("/people/mohammad-bagheri/"));
    const network = drawing(page, "network-figure");
    await expect(network.getByRole("link", { name: /^Ali Abdullah Ayyoub/ })).toHaveAttribute("href", /\/people\/ali-abdullah-ayyoub\/$/);
    await expect(network.getByRole("link", { name: /^Bashar al-Assad/ })).toHaveAttribute("href", /\/people\/bashar-al-assad\/$/);
  });

  test("the archive's network and its table list the same ties", async ({ page, site }) => {
    await page.goto(site.path("/network/"));
    const rows = page.getByRole("table", { name: /strongest ties/ }).getByRole("row");
    const ties = (await rows.count()) - 1;
    expect(ties).toBeGreaterThan(2);
    await expect(drawing(page, "network-figure").locator("line")).toHaveCount(ties);
  });

  test("a figure's marks are reached by keyboard, and its table link leads to the same data", async ({ page, site }) => {
    await page.goto(site.path(ARTICLE));
    const figure = page.locator("figure#timeline-figure");
    await figure.getByRole("region").focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest("svg") !== null && document.activeElement?.tagName);
    expect(focused).toBe("a");
    await figure.locator("figcaption a").click();
    await expect(page).toHaveURL(/#timeline-list$/);
    await expect(page.getByRole("list", { name: "Events this report describes" })).toContainText(DAYS[1]!);
  });
});

test.describe("figures at 390 px, in the dark and in print", () => {
  test("text stays at 12 px or more and the drawing is never scaled down on a phone", async ({ page, site }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, id] of [
      [ARTICLE, "timeline-figure"],
      [ARTICLE, "map-figure"],
      ["/people/mohammad-bagheri/", "network-figure"],
      ["/places/", "map-figure"],
    ] as const) {
      await page.goto(site.path(path));
      const svg = drawing(page, id);
      const { width, drawn, smallest } = await svg.evaluate((element) => ({
        width: Number(element.getAttribute("width")),
        drawn: element.getBoundingClientRect().width,
        smallest: Math.min(...[...element.querySelectorAll("text")].map((text) => parseFloat(getComputedStyle(text).fontSize))),
      }));
      expect(Math.abs(drawn - width), `${path} ${id}`).toBeLessThan(1);
      expect(smallest, `${path} ${id}`).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });

  test("figure pages have no accessibility violations in the dark scheme", async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    for (const path of [ARTICLE, "/people/mohammad-bagheri/", "/places/", "/places/damascus/", "/network/", "/timeline/"]) {
      await page.goto(site.path(path));
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
    }
  });

  test("in print a figure fits the page and keeps its marks", async ({ page, site }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto(site.path(ARTICLE));
    const svg = drawing(page, "timeline-figure");
    await expect(svg).toBeVisible();
    const main = await box(page.locator("main"));
    expect((await box(svg)).width).toBeLessThanOrEqual(main.width + 1);
    await expect(svg.getByRole("link", { name: new RegExp(`^${DAYS[1]}`) })).toBeVisible();
  });
});

/** Each figure type against its committed reference image, in both schemes and at both widths. */
const SHOTS = [
  { name: "report-timeline", path: ARTICLE, id: "timeline-figure" },
  { name: "report-map", path: ARTICLE, id: "map-figure" },
  { name: "places-map", path: "/places/", id: "map-figure" },
  { name: "person-network", path: "/people/mohammad-bagheri/", id: "network-figure" },
  { name: "archive-network", path: "/network/", id: "network-figure" },
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const width of [1280, 390]) {
    test(`the figures look as drawn before, ${scheme} at ${width} px`, async ({ page, site }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const shot of SHOTS) {
        await page.goto(site.path(shot.path));
        await expect(page.locator(`figure#${shot.id}`)).toHaveScreenshot(`${shot.name}-${scheme}-${width}.png`, {
          maxDiffPixelRatio: 0.01,
          threshold: 0.05,
          animations: "disabled",
        });
      }
    });
  }
}
