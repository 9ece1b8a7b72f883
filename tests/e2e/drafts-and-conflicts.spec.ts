import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createStaticServer } from "../../src/tools/static-server.ts";
import { test, expect } from "../support/fixtures.ts";
import { buildSite, createTempSite, type TempSite } from "../support/temp-site.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const LATER_REPORT = "levant-daily-says-iraqi-minister-met-bagheri";
const LATER_TITLE = "Iraqi minister met Bagheri in Damascus, Levant Daily says";
const LATER_REPORT_FILE = `---
title: ${LATER_TITLE}
summary: A later report of the delegation's days in Syria, dating the signing Tuesday.
published: 2020-07-11
dateline: damascus
publisher: tehran-times
source:
  sha256: ${"cd".repeat(32)}
people: [mohammad-bagheri, ali-abdullah-ayyoub, fuad-hussein]
places: [damascus, latakia]
dates:
  - { text: on Thursday, date: 2020-07-09, paragraph: 1, rule: weekday-past }
  - { text: on Tuesday, date: 2020-07-07, paragraph: 2, rule: weekday-past }
---

DAMASCUS - Iraqi Foreign Minister Fuad Hussein met Mohammad Bagheri in Damascus on Thursday, officials said.

Bagheri and Syria's defence minister, Ayyoub, signed their agreement on Tuesday, the ministry said.

The delegation then travelled to Latakia, on the coast.
`;

const DRAFT_PERSON = `name: Fuad Hussein
draft: true
foundIn:
  - { article: ${LATER_REPORT}, paragraph: 1, text: Iraqi Foreign Minister Fuad Hussein }
`;

const DRAFT_PLACE = `name: Latakia
kind: city
country: syria
draft: true
foundIn:
  - { article: ${LATER_REPORT}, paragraph: 3, text: Latakia }
`;

const MEETING = "2020-07-09-assad-meets-bagheri";
const MEETING_FILE = `title: Assad meets Bagheri in Damascus
date: 2020-07-09
parent: 2020-07-07-iranian-military-delegation-visits-damascus
action: meeting
place: damascus
people: [bashar-al-assad, mohammad-bagheri]
reports:
  - article: syrian-president-says-tehran-damascus-military-agreement-is-result
    paragraph: 2
    phrase: on Thursday
  - article: ${LATER_REPORT}
    paragraph: 1
    phrase: on Thursday
    why: { action: meeting, people: [mohammad-bagheri], place: damascus, unsure: true }
`;

const SIGNING = "2020-07-08-iran-syria-military-agreement-signed";
const SIGNING_TITLE = "Iran and Syria sign a military and security agreement";
const TUESDAY_SIGNING = "2020-07-07-iran-and-syria-sign-on-tuesday";
const TUESDAY_SIGNING_TITLE = "Bagheri and Ayyoub sign the agreement on Tuesday";
const NOTE = "The Levant Daily dates the signing Tuesday 7 July; the Tehran Times says Wednesday 8 July.";
const TUESDAY_SIGNING_FILE = `title: ${TUESDAY_SIGNING_TITLE}
date: 2020-07-07
action: signing
place: damascus
people: [mohammad-bagheri, ali-abdullah-ayyoub]
reports:
  - article: ${LATER_REPORT}
    paragraph: 2
    phrase: on Tuesday
conflicts:
  - event: ${SIGNING}
    article: ${LATER_REPORT}
    note: ${NOTE}
`;

let site: TempSite;
let origin: string;
let close: (() => void) | undefined;

// One build per deployment: the tests share it, in one worker.
test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ basePath }) => {
  test.setTimeout(180_000);
  site = createTempSite();
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(site.file(relative)), { recursive: true });
    writeFileSync(site.file(relative), text);
  };
  write(`content/articles/2020/${LATER_REPORT}.mdx`, LATER_REPORT_FILE);
  write("content/people/fuad-hussein.yaml", DRAFT_PERSON);
  write("content/places/latakia.yaml", DRAFT_PLACE);
  write(`content/events/${MEETING}.yaml`, MEETING_FILE);
  write(`content/events/${TUESDAY_SIGNING}.yaml`, TUESDAY_SIGNING_FILE);
  const { status, output } = buildSite(site, { BASE_PATH: basePath });
  expect(status, output.slice(-3000)).toBe(0);
  const server = createStaticServer(site.file("dist"), basePath);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

test.afterAll(() => {
  close?.();
  site?.remove();
});

/** The sentence at the head of a draft entity's page, which opens with the Draft flag. */
const draftNotice = (page: Page) => page.getByText(/This entry was made by the ingest/);

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => `${page.url()}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

test("a draft person's page says it is a draft the ingest made, and where the name was found", async ({ page, site: deployment }) => {
  await page.goto(`${origin}${deployment.path("/people/fuad-hussein/")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fuad Hussein");
  const notice = draftNotice(page);
  await expect(notice.getByText("Draft", { exact: true })).toBeVisible();
  await expect(notice).toContainText(
    "made by the ingest from the report where the name was found, listed below, and awaits an editor's review",
  );
  const found = page.getByRole("region", { name: "Where the name was found" });
  await expect(found).toContainText("“Iraqi Foreign Minister Fuad Hussein”");
  await expect(found.getByRole("link", { name: LATER_TITLE })).toHaveAttribute("href", deployment.path(`/articles/${LATER_REPORT}/`));
  await found.getByRole("link", { name: "paragraph 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${LATER_REPORT}/#p-1$`));
  await expect(page.locator("#p-1")).toContainText("Iraqi Foreign Minister Fuad Hussein met Mohammad Bagheri");
  await expect(page.locator("#p-1")).toBeInViewport();
});

test("a draft place's page says so and links the paragraph its name was found in", async ({ page, site: deployment }) => {
  await page.goto(`${origin}${deployment.path("/places/latakia/")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latakia");
  await expect(draftNotice(page).getByText("Draft", { exact: true })).toBeVisible();
  const found = page.getByRole("region", { name: "Where the name was found" });
  await expect(found.getByRole("link", { name: "paragraph 3" })).toHaveAttribute("href", deployment.path(`/articles/${LATER_REPORT}/#p-3`));
  const companions = page.getByRole("region", { name: "Appears most often with" }).getByRole("listitem");
  await expect(companions.filter({ hasText: "Fuad Hussein" })).toContainText("Draft");
  await expect(companions.filter({ hasText: "Damascus" })).not.toContainText("Draft");
  await expectNoAxeViolations(page);
});

test("the directories and lists mark draft entities, and only them", async ({ page, site: deployment }) => {
  await page.goto(`${origin}${deployment.path("/people/")}`);
  const people = page.getByRole("main").getByRole("listitem");
  await expect(people.filter({ hasText: "Fuad Hussein" })).toContainText("Draft");
  await expect(people.filter({ hasText: "Mohammad Bagheri" })).not.toContainText("Draft");
  await expectNoAxeViolations(page);

  await page.goto(`${origin}${deployment.path("/places/")}`);
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "Latakia" })).toContainText("Draft");

  await page.goto(`${origin}${deployment.path("/places/syria/")}`);
  const within = page.getByRole("region", { name: "Places in Syria" }).getByRole("listitem");
  await expect(within.filter({ hasText: "Latakia" })).toContainText("Draft");
  await expect(within.filter({ hasText: "Damascus" })).not.toContainText("Draft");

  await page.goto(`${origin}${deployment.path(`/articles/${LATER_REPORT}/`)}`);
  const mentioned = page.getByRole("region", { name: "People" });
  await expect(mentioned.getByRole("listitem").filter({ hasText: "Fuad Hussein" })).toContainText("Draft");
  await expect(mentioned.getByRole("link", { name: "Fuad Hussein", exact: true })).toHaveAttribute(
    "href",
    deployment.path("/people/fuad-hussein/"),
  );
  await expectNoAxeViolations(page);
});

test("the draft flag stays legible in the dark scheme at 390 px, and prints", async ({ page, site: deployment }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${origin}${deployment.path("/people/fuad-hussein/")}`);
  await expect(draftNotice(page).getByText("Draft", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  await expect(draftNotice(page).getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Where the name was found" })).toBeVisible();
});

test("the meeting's page says why the ingest attached its later report, and that the match is weak", async ({ page, site: deployment }) => {
  await page.goto(`${origin}${deployment.path(`/events/${MEETING}/`)}`);
  const reports = page.getByRole("region", { name: "Reports" }).getByRole("listitem");
  await expect(reports).toHaveCount(2);
  await expect(reports.nth(0)).not.toContainText("Attached by the ingest");
  const later = reports.filter({ hasText: LATER_TITLE });
  await expect(later).toContainText("Attached by the ingest as the same meeting because it names Mohammad Bagheri and Damascus.");
  await expect(later).toContainText("A weak match: an editor should check it.");
  await expect(later.getByRole("link", { name: "Mohammad Bagheri" })).toHaveAttribute("href", deployment.path("/people/mohammad-bagheri/"));
  await expect(later.getByRole("link", { name: "Damascus" }).last()).toHaveAttribute("href", deployment.path("/places/damascus/"));
  await expectNoAxeViolations(page);
});

const SIGNINGS = [
  { id: TUESDAY_SIGNING, title: TUESDAY_SIGNING_TITLE, date: "2020-07-07" },
  { id: SIGNING, title: SIGNING_TITLE, date: "2020-07-08" },
] as const;

for (const [from, to] of [SIGNINGS, [...SIGNINGS].reverse()]) {
  test(`the page of ${from!.id} says the reports disagree on the day and links the other event`, async ({ page, site: deployment }) => {
    await page.goto(`${origin}${deployment.path(`/events/${from!.id}/`)}`);
    const conflicts = page.getByRole("region", { name: "Reports disagree on the day" });
    await expect(conflicts).toContainText(NOTE);
    await expect(conflicts.getByRole("link", { name: LATER_TITLE })).toHaveAttribute("href", deployment.path(`/articles/${LATER_REPORT}/`));
    await expect(conflicts.locator(`time[datetime="${to!.date}"]`)).toBeVisible();
    await expectNoAxeViolations(page);
    await conflicts.getByRole("link", { name: to!.title }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${to!.id}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(to!.title);
    const back = page.getByRole("region", { name: "Reports disagree on the day" }).getByRole("link", { name: from!.title });
    await expect(back).toHaveAttribute("href", deployment.path(`/events/${from!.id}/`));
  });
}
