import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { builtPage, withoutAttributeValues } from "../support/built-html.ts";
import {
  createSiteWithoutReports,
  createTempArchive,
  ingestFixture,
  onlyResult,
  runIngest,
  splitMdx,
  writeText,
  type IngestResultJson,
  type IngestRun,
  type TempArchive,
} from "../support/ingest.ts";
import { buildSite, createTempSite, type CommandResult, type TempSite } from "../support/temp-site.ts";

/** Three reports of the 8 July 2020 signing, with different spellings and date phrasings, then two other agreements. */
const REPORTS = [
  "corroboration/levant-news-agency-on-wednesday-in-a-friday-report.txt",
  "corroboration/gulf-monitor-yesterday-in-a-thursday-report.txt",
  "corroboration/beirut-weekly-on-july-8-in-a-saturday-report.txt",
  "corroboration/a-different-agreement-signed-on-monday.txt",
  "corroboration/a-different-agreement-signed-the-same-day-in-beirut.txt",
];
/** A report of the same signing that gives it another day. */
const OTHER_DAY = "corroboration/the-signing-dated-thursday-in-a-friday-report.txt";
const SIGNING_EVENT = "2020-07-08-bagheri-and-ayyoub-sign-defence-cooperation-agreement-in";
/** What the later reports of the signing share with the event the first one made: both ministers and Damascus. */
const SHARED = {
  action: "signing",
  people: ["mohammad-bagheri", "ali-abdullah-ayyoub"],
  organizations: [],
  place: "damascus",
  unsure: false,
};
const SIGNING_REPORTS = [
  { article: "iran-and-syria-signed-a-defence-cooperation-agreement-in-damascus-on-wednesday", paragraph: 1, phrase: "on Wednesday" },
  { article: "major-general-baqeri-signed-a-military-agreement-with-his-syrian-counterpart", paragraph: 1, phrase: "yesterday" },
  { article: "analysts-in-beirut-said-the-pact-that-general-bagheri-and-ali-ayoub-signed-in", paragraph: 1, phrase: "on July 8" },
];

interface EventFile {
  date: string;
  place?: string;
  people: string[];
  reports: { article: string; paragraph: number; phrase: string }[];
}

function readEvent(file: string): EventFile {
  return parse(readFileSync(file, "utf8")) as EventFile;
}

describe("several reports of the 8 July 2020 signing ingested into an archive without events", { timeout: 120_000 }, () => {
  let site: TempSite;
  let ingest: IngestRun;
  let build: CommandResult;
  let results: IngestResultJson[];
  const eventsDir = () => site.file("content/events");

  beforeAll(() => {
    site = createSiteWithoutReports({ extraPlaces: true });
    ingest = runIngest(site, ["--json", ...REPORTS.map(ingestFixture)]);
    results = ingest.json?.results ?? [];
    build = buildSite(site);
  }, 240_000);
  afterAll(() => site?.remove());

  it("writes every report", () => {
    expect(ingest.status).toBe(0);
    expect(results.map((r) => [path.basename(r.input), r.status])).toEqual(REPORTS.map((r) => [path.basename(r), "written"]));
  });

  it("attaches the three reports of the signing to one event, which lists each report with its phrase", () => {
    expect(results.slice(0, 3).map((r) => r.events.map((e) => [e.action, e.id]))).toEqual([
      [["created", SIGNING_EVENT]],
      [["attached", SIGNING_EVENT]],
      [["attached", SIGNING_EVENT]],
    ]);
    const event = readEvent(path.join(eventsDir(), `${SIGNING_EVENT}.yaml`));
    expect(event.date).toBe("2020-07-08");
    expect(event.place).toBe("damascus");
    expect(event.people).toEqual(["mohammad-bagheri", "ali-abdullah-ayyoub"]);
    // The first report made the event; each later one says why it was attached: the same kind of action, the
    // two ministers and Damascus (the Beirut weekly is filed from Beirut, but its sentence has the pact signed in Damascus).
    expect(event.reports).toEqual([SIGNING_REPORTS[0], ...SIGNING_REPORTS.slice(1).map((report) => ({ ...report, why: SHARED }))]);
    const signingArticles = new Set(SIGNING_REPORTS.map((r) => r.article));
    const listingThem = readdirSync(eventsDir()).filter((file) =>
      readEvent(path.join(eventsDir(), file)).reports.some((r) => signingArticles.has(r.article)),
    );
    expect(listingThem).toEqual([`${SIGNING_EVENT}.yaml`]);
  });

  it("keeps another agreement on another date, and one on the same day elsewhere with other parties, as separate events", () => {
    expect(readdirSync(eventsDir()).sort()).toEqual(
      [
        "2020-07-06-ayyoub-signs-separate-agreement-in-damascus.yaml",
        `${SIGNING_EVENT}.yaml`,
        "2020-07-08-lebanon-and-iraq-sign-fuel-for-services-agreement-in-beirut.yaml",
      ].sort(),
    );
    const monday = readEvent(path.join(eventsDir(), "2020-07-06-ayyoub-signs-separate-agreement-in-damascus.yaml"));
    expect([monday.date, monday.people, monday.reports.length]).toEqual(["2020-07-06", ["ali-abdullah-ayyoub"], 1]);
    const fuel = readEvent(path.join(eventsDir(), "2020-07-08-lebanon-and-iraq-sign-fuel-for-services-agreement-in-beirut.yaml"));
    expect([fuel.date, fuel.place, fuel.reports.map((r) => r.phrase)]).toEqual(["2020-07-08", "beirut", ["yesterday"]]);
  });

  it("links Bagheri, however each report spells him, to mohammad-bagheri in every report of the signing", () => {
    const spelled = results.slice(0, 3).map((r) => r.entities.find((e) => e.id === "mohammad-bagheri")?.text);
    expect(spelled).toEqual(["Muhammad Baqeri", "General Baqeri", "General Bagheri"]);
    for (const result of results.slice(0, 3)) {
      const { frontmatter } = splitMdx(readFileSync(result.output!, "utf8"));
      const data = parse(frontmatter) as { people: string[] };
      expect(data.people, result.input).toEqual(["mohammad-bagheri", "ali-abdullah-ayyoub"]);
    }
  });

  it("builds, and the signing's event page lists the three reports, each linked to its paragraph, with why each later one was attached", () => {
    expect(build.status, build.output).toBe(0);
    const page = builtPage(site.root, `/events/${SIGNING_EVENT}/`);
    for (const report of SIGNING_REPORTS) expect(page).toContain(`href="/articles/${report.article}/#p-${report.paragraph}"`);
    expect(withoutAttributeValues(page)).toContain("Iran and Syria signed a defence cooperation agreement in Damascus on Wednesday");
    const text = page.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    const reason = "Attached by the ingest as the same signing because it names Mohammad Bagheri, Ali Abdullah Ayyoub and Damascus.";
    expect(text.split(reason)).toHaveLength(3);
    expect(text.match(/Attached by the ingest/g)).toHaveLength(2);
    expect(page).toContain('href="/people/mohammad-bagheri/"');
  });
});

describe("reports of the signing ingested into the curated archive", { timeout: 120_000 }, () => {
  const CURATED_EVENT = "2020-07-08-iran-syria-military-agreement-signed";
  let site: TempSite;
  let ingest: IngestRun;
  let build: CommandResult;

  beforeAll(() => {
    site = createTempSite();
    ingest = runIngest(site, ["--json", ...REPORTS.slice(0, 3).map(ingestFixture), ingestFixture(OTHER_DAY)]);
    build = buildSite(site);
  }, 240_000);
  afterAll(() => site?.remove());

  it("attaches them to the curated signing event after its own report, and the archive still builds", () => {
    expect(ingest.status).toBe(0);
    expect(ingest.json!.results.slice(0, 3).map((r) => r.events.map((e) => `${e.action} ${e.id}`))).toEqual([
      [`attached ${CURATED_EVENT}`],
      [`attached ${CURATED_EVENT}`],
      [`attached ${CURATED_EVENT}`],
    ]);
    const event = readEvent(site.file(`content/events/${CURATED_EVENT}.yaml`));
    expect(event.reports).toEqual([
      { article: "syrian-president-says-tehran-damascus-military-agreement-is-result", paragraph: 5, phrase: "on Wednesday" },
      ...SIGNING_REPORTS.map((report) => ({ ...report, why: SHARED })),
    ]);
    expect(build.status, build.output).toBe(0);
  });

  it("keeps a report that dates the signing a day later as its own event, with the discrepancy on both events' pages", () => {
    const result = ingest.json!.results[3]!;
    expect(result.events.map((e) => e.action)).toEqual(["created"]);
    const id = result.events[0]!.id;
    expect(id.startsWith("2020-07-09-")).toBe(true);
    const event = parse(readFileSync(site.file(`content/events/${id}.yaml`), "utf8")) as { conflicts: unknown[] };
    expect(event.conflicts).toEqual([
      {
        event: CURATED_EVENT,
        article: "irans-chief-of-staff-mohammad-bagheri-and-syrian-defence-minister-ali-abdullah",
        note: "This report dates the signing 2020-07-09; the reports of the other event date it 2020-07-08.",
      },
    ]);
    expect(build.status, build.output).toBe(0);
    for (const [page, other] of [
      [id, CURATED_EVENT],
      [CURATED_EVENT, id],
    ]) {
      const html = builtPage(site.root, `/events/${page}/`);
      expect(html).toContain("Reports disagree on the day");
      expect(html).toContain(`href="/events/${other}/"`);
    }
  });
});

describe("a report attached to an event an editor wrote by hand", { timeout: 60_000 }, () => {
  let archive: TempArchive;
  beforeEach(() => {
    archive = createTempArchive();
  });
  afterEach(() => archive.remove());

  it("is added to the event's reports when the file lists them without indentation, keeping the file valid YAML", () => {
    const file = archive.file("content/events/2020-07-08-pact-signed.yaml");
    // Valid YAML in the common style where a list under a key starts at the key's own indentation.
    writeText(
      file,
      "title: Iran and Syria sign a military agreement\ndate: 2020-07-08\nplace: damascus\npeople: [mohammad-bagheri, ali-abdullah-ayyoub]\norganizations: []\nreports:\n- article: an-earlier-report\n  paragraph: 1\n  phrase: on Wednesday\n",
    );
    const run = runIngest(archive.root, ["--json", "--content", archive.content, ingestFixture(REPORTS[1]!)]);
    const result = onlyResult(run);
    expect(result.events.map((e) => [e.action, e.id])).toEqual([["attached", "2020-07-08-pact-signed"]]);
    const text = readFileSync(file, "utf8");
    expect(() => parse(text), text).not.toThrow();
    expect(readEvent(file).reports).toEqual([
      { article: "an-earlier-report", paragraph: 1, phrase: "on Wednesday" },
      { ...SIGNING_REPORTS[1]!, why: SHARED },
    ]);
  });

  it("is added to an event that already lists other reports with the usual indentation, keeping its comments", () => {
    const file = archive.file("content/events/2020-07-08-agreement-signed.yaml");
    writeText(
      file,
      "# Reviewed by the desk.\ntitle: Iran and Syria sign a military agreement\ndate: 2020-07-08\nplace: damascus\npeople: [mohammad-bagheri]\norganizations: []\nreports:\n  - article: an-earlier-report\n    paragraph: 3\n    phrase: on Wednesday\n",
    );
    const run = runIngest(archive.root, ["--json", "--content", archive.content, ingestFixture(REPORTS[0]!)]);
    expect(onlyResult(run).events.map((e) => [e.action, e.id])).toEqual([["attached", "2020-07-08-agreement-signed"]]);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("# Reviewed by the desk.\n")).toBe(true);
    expect(readEvent(file).reports).toEqual([
      { article: "an-earlier-report", paragraph: 3, phrase: "on Wednesday" },
      {
        ...SIGNING_REPORTS[0]!,
        why: { action: "signing", people: ["mohammad-bagheri"], organizations: [], place: "damascus", unsure: false },
      },
    ]);
  });
});
