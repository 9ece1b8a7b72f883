import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleParagraphs, builtPage, singleDayTimelineEntries } from "../support/built-html.ts";
import { createSiteWithoutReports, onlyResult, runIngest, snapshotTree, type IngestResultJson, type IngestRun } from "../support/ingest.ts";
import { buildSite, createTempSite, REPO_ROOT, type CommandResult, type TempSite } from "../support/temp-site.ts";
import { SEED_FILE } from "../support/seed.ts";

const SEED = SEED_FILE;
const CURATED_ID = "syrian-president-says-tehran-damascus-military-agreement-is-result";
const INGESTED_ID = "syrian-president-bashar-al-assad-has-said-that-that-the-military-cooperation";

function requireSeed(): void {
  if (!existsSync(SEED)) throw new Error(`The seed report ${SEED} is missing. These tests ingest it; restore it from the repository.`);
}

/** The seed's paragraphs as a reader of the raw file sees them: header and dateline off, signature off. */
function seedParagraphs(): string[] {
  const text = readFileSync(SEED, "utf8").replace(/^\s*date 2020-07-10 TEHRAN - /, "");
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  expect(paragraphs.at(-1)).toBe("NA/PA");
  return paragraphs.slice(0, -1);
}

const SEED_DATES = [
  { text: "on Thursday", date: "2020-07-09", paragraph: 2, rule: "weekday-past" },
  { text: "on Wednesday", date: "2020-07-08", paragraph: 5, rule: "weekday-past" },
  { text: "on Tuesday", date: "2020-07-07", paragraph: 14, rule: "weekday-past" },
];
const SEED_ENTITIES = ["bashar-al-assad", "mohammad-bagheri", "ali-abdullah-ayyoub", "al-mayadeen", "irib", "fars-news-agency"];

function expectSeedFacts(result: IngestResultJson): void {
  expect(result.ok).toBe(true);
  expect(result.error).toBeNull();
  expect(result.published).toBe("2020-07-10");
  expect(result.dateline).toBe("Tehran");
  expect(result.dates).toEqual(SEED_DATES);
  expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(SEED_ENTITIES));
  expect(result.entities).toContainEqual({
    id: "mohammad-bagheri",
    name: "Mohammad Bagheri",
    type: "person",
    text: "Major General Mohammad Bagheri",
  });
  expect(result.entities).toContainEqual({ id: "al-mayadeen", name: "Al Mayadeen", type: "organization", text: "al Mayadeen" });
}

describe("the seed report through `ingest --dry-run --json`", { timeout: 60_000 }, () => {
  beforeAll(requireSeed);

  it("is recognised as already archived in the real archive, with its date, dateline, dates and entities, and nothing is written", () => {
    const before = snapshotTree(path.join(REPO_ROOT, "content"));
    const run = runIngest(REPO_ROOT, ["--dry-run", "--json", SEED]);
    expect(run.status).toBe(0);
    const result = onlyResult(run);
    expectSeedFacts(result);
    expect(result.status).toBe("exists");
    expect(result.output).toBe(path.join(REPO_ROOT, "content/articles/2020", `${CURATED_ID}.mdx`));
    expect(result.events).toEqual([]);
    expect(snapshotTree(path.join(REPO_ROOT, "content"))).toEqual(before);
  });

  it("would be written, with an event for each of its three dates, into an archive with the entities but no reports", () => {
    const site = createSiteWithoutReports();
    try {
      const run = runIngest(site, ["--dry-run", "--json", SEED]);
      expect(run.status).toBe(0);
      const result = onlyResult(run);
      expectSeedFacts(result);
      expect(result.status).toBe("would-write");
      expect(result.output).toBe(site.file(`content/articles/2020/${INGESTED_ID}.mdx`));
      expect(result.events.map((e) => [e.action, e.date, e.id])).toEqual([
        ["created", "2020-07-09", "2020-07-09-assad-meets-bagheri"],
        ["created", "2020-07-08", "2020-07-08-bagheri-and-ayyoub-sign-agreement-in-damascus"],
        ["created", "2020-07-07", "2020-07-07-bagheri-visits-damascus"],
      ]);
      expect(existsSync(site.file("content/articles"))).toBe(false);
      expect(existsSync(site.file("content/events"))).toBe(false);
    } finally {
      site.remove();
    }
  });
});

describe("the seed report ingested into an empty archive and built", { timeout: 240_000 }, () => {
  let ingestedSite: TempSite;
  let curatedSite: TempSite;
  let ingest: IngestRun;
  let ingestedBuild: CommandResult;
  let curatedBuild: CommandResult;

  beforeAll(() => {
    requireSeed();
    ingestedSite = createSiteWithoutReports();
    // No --content: the command reads and writes ./content of the folder it runs in.
    ingest = runIngest(ingestedSite, ["--json", SEED]);
    ingestedBuild = buildSite(ingestedSite);
    curatedSite = createTempSite();
    curatedBuild = buildSite(curatedSite);
  }, 240_000);
  afterAll(() => {
    ingestedSite?.remove();
    curatedSite?.remove();
  });

  it("writes the draft article and three draft events, each pointing at the paragraph that states its date", () => {
    expect(ingest.status).toBe(0);
    const result = onlyResult(ingest);
    expect(result.status).toBe("written");
    expect(result.output).toBe(ingestedSite.file(`content/articles/2020/${INGESTED_ID}.mdx`));
    const events = result.events.map((event) => {
      expect(event.file).toBe(ingestedSite.file(`content/events/${event.id}.yaml`));
      const data = parse(readFileSync(event.file, "utf8")) as Record<string, unknown>;
      return { date: data.date, draft: data.draft, place: data.place, people: data.people, reports: data.reports };
    });
    expect(events).toEqual([
      {
        date: "2020-07-09",
        draft: true,
        place: undefined,
        people: ["bashar-al-assad", "mohammad-bagheri"],
        reports: [{ article: INGESTED_ID, paragraph: 2, phrase: "on Thursday" }],
      },
      {
        date: "2020-07-08",
        draft: true,
        place: "damascus",
        people: ["mohammad-bagheri", "ali-abdullah-ayyoub"],
        reports: [{ article: INGESTED_ID, paragraph: 5, phrase: "on Wednesday" }],
      },
      {
        date: "2020-07-07",
        draft: true,
        place: "damascus",
        people: ["mohammad-bagheri"],
        reports: [{ article: INGESTED_ID, paragraph: 14, phrase: "on Tuesday" }],
      },
    ]);
  });

  it("builds, and the ingested article has the same single-day timeline as the curated one", () => {
    expect(ingestedBuild.status, ingestedBuild.output).toBe(0);
    expect(curatedBuild.status, curatedBuild.output).toBe(0);
    const expected = [
      { date: "2020-07-07", phrase: "on Tuesday", paragraph: "#p-14" },
      { date: "2020-07-08", phrase: "on Wednesday", paragraph: "#p-5" },
      { date: "2020-07-09", phrase: "on Thursday", paragraph: "#p-2" },
    ];
    const ingested = singleDayTimelineEntries(builtPage(ingestedSite.root, `/articles/${INGESTED_ID}/`));
    const curated = singleDayTimelineEntries(builtPage(curatedSite.root, `/articles/${CURATED_ID}/`));
    expect(curated).toEqual(expected);
    expect(ingested).toEqual(curated);
  });

  it("shows the ingested article as a draft, with the seed's 14 paragraphs word for word", () => {
    const html = builtPage(ingestedSite.root, `/articles/${INGESTED_ID}/`);
    const flag = /<(p|span|div|strong|em)\b([^>]*)>\s*(Draft\b[^<]*)<\/\1>/.exec(html);
    expect(flag?.[3]).toBe("Draft: awaiting review");
    expect(flag?.[2]).not.toMatch(/\bhidden\b|visually-hidden|aria-hidden/);
    const paragraphs = articleParagraphs(html);
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(paragraphs.map((p) => p.text)).toEqual(seedParagraphs());
  });
});
