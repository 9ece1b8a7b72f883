import { describe, expect, it } from "vitest";
import type { ArticleRecord, EntityRecord, EventRecord } from "../../../src/archive/model.ts";
import { checkArchive, formatProblem } from "../../../src/site/archive-checks.ts";
import type { ArchiveRecords } from "../../../src/site/index-archive.ts";

const ARTICLE = "syrian-president-says";
const articleFile = "content/articles/2020/syrian-president-says.mdx";

const fourteenParagraphs = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1}.`).join("\n\n");

interface Contents extends ArchiveRecords {
  articles: ArticleRecord[];
  events: EventRecord[];
  sources: { file: string; text: string }[];
}

function archive(events: EventRecord[], people: string[] = ["mohammad-bagheri"]): Contents {
  const report: ArticleRecord = {
    id: ARTICLE,
    title: "Syrian president says",
    summary: "",
    published: "2020-07-10",
    source: { sha256: "0".repeat(64) },
    people: [],
    organizations: [],
    places: [],
    cites: [],
    quotes: [],
    dates: [],
    draft: false,
  };
  const person = (id: string): EntityRecord => ({
    collection: "people",
    id,
    name: id,
    aliases: [],
    originalScript: [],
    description: "",
    draft: false,
    foundIn: [],
  });
  return {
    articles: [report],
    events,
    entities: { people: people.map(person), organizations: [], places: [] },
    bodies: new Map([[ARTICLE, fourteenParagraphs]]),
    files: new Map([
      [`articles/${ARTICLE}`, articleFile],
      ...events.map((e): [string, string] => [`events/${e.id}`, `content/events/${e.id}.yaml`]),
    ]),
    sources: [],
  };
}

function event(id: string, start: string, phrase: string, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    title: id,
    summary: "",
    start,
    end: start,
    dateField: "date",
    status: "happened",
    conflicts: [],
    people: [],
    organizations: [],
    reports: [{ article: ARTICLE, paragraph: 14, phrase }],
    draft: false,
    ...extra,
  };
}

const messages = (contents: Contents) => checkArchive(contents, contents.sources).map(formatProblem);

describe("checkArchive", () => {
  it("accepts an event stated 'on Tuesday' and dated the Tuesday before a Friday report", () => {
    expect(messages(archive([event("arrival", "2020-07-07", "on Tuesday")]))).toEqual([]);
  });

  it("rejects an event stated 'on Tuesday' but dated a Wednesday, naming the file, the field and the fix", () => {
    expect(messages(archive([event("arrival", "2020-07-08", "on Tuesday")]))).toEqual([
      `content/events/arrival.yaml: date: 2020-07-08 is a Wednesday, but reports[0] states it "on Tuesday" (paragraph 14 of "${ARTICLE}", published Friday 2020-07-10). Fix: set date to 2020-07-07, the Tuesday before publication, or correct reports[0].phrase.`,
    ]);
  });

  it("rejects an event dated after the article that reports it", () => {
    expect(messages(archive([event("later", "2020-07-12", "visited Damascus")]))).toEqual([
      `content/events/later.yaml: date: 2020-07-12 is after 2020-07-10, the publication date of "${ARTICLE}", which reports it in reports[0]. Fix: date the event on or before 2020-07-10, or attach it to a report published after it happened.`,
    ]);
  });

  it("accepts a report published before the event when it announced the event ahead", () => {
    const plan = event("later", "2020-07-12", "on Sunday", {
      reports: [{ article: ARTICLE, paragraph: 2, phrase: "on Sunday", announced: true }],
    });
    expect(messages(archive([plan]))).toEqual([]);
  });

  it("rejects a report pointing at a paragraph the article does not have", () => {
    const signing = event("signing", "2020-07-08", "on Wednesday", {
      reports: [{ article: ARTICLE, paragraph: 15, phrase: "on Wednesday" }],
    });
    expect(messages(archive([signing]))).toEqual([
      `content/events/signing.yaml: reports[0].paragraph: article "${ARTICLE}" has 14 paragraphs, so paragraph 15 does not exist. Fix: point to a paragraph from 1 to 14 (the number shown by its ¶ permalink).`,
    ]);
  });

  it("rejects an article's own citation of a missing paragraph", () => {
    const contents = archive([]);
    contents.articles[0]!.cites = [
      { outlet: "fars", paragraph: 2, phrase: "Fars reported" },
      { outlet: "fars", paragraph: 20, phrase: "according to Fars" },
    ];
    contents.entities.organizations = [
      {
        collection: "organizations",
        id: "fars",
        name: "Fars",
        aliases: [],
        originalScript: [],
        description: "",
        draft: false,
        foundIn: [],
      },
    ];
    expect(messages(contents)).toEqual([
      `${articleFile}: cites[1].paragraph: article "${ARTICLE}" has 14 paragraphs, so paragraph 20 does not exist. Fix: point to a paragraph from 1 to 14 (the number shown by its ¶ permalink).`,
    ]);
  });

  it("rejects a reference to an entry that does not exist", () => {
    const contents = archive([]);
    contents.articles[0]!.people = ["mohammad-bagheri", "mohammad-baqeri"];
    expect(messages(contents)).toEqual([
      `${articleFile}: people[1]: no people entry has the id "mohammad-baqeri". Fix: use the file name (without extension) of an entry in content/people/, or add content/people/mohammad-baqeri.yaml.`,
    ]);
  });

  it("rejects a sub-event that lies outside its parent's span", () => {
    const visit = event("visit", "2020-07-07", "visited Damascus", { end: "2020-07-09", dateField: "start" });
    const meeting = event("meeting", "2020-07-10", "today", { parent: "visit" });
    expect(messages(archive([visit, meeting]))).toEqual([
      `content/events/meeting.yaml: date: 2020-07-10 lies outside its parent "visit", which spans 2020-07-07 to 2020-07-09. Fix: move the event inside 2020-07-07..2020-07-09, widen the parent's span in content/events/visit.yaml, or remove parent.`,
    ]);
  });

  it("accepts sub-events on the first and last day of their parent's span", () => {
    const visit = event("visit", "2020-07-07", "visited Damascus", { end: "2020-07-09", dateField: "start" });
    const first = event("arrival", "2020-07-07", "on Tuesday", { parent: "visit" });
    const last = event("meeting", "2020-07-09", "on Thursday", { parent: "visit" });
    expect(messages(archive([visit, first, last]))).toEqual([]);
  });

  it("catches an impossible date in the source text, which YAML would roll over to another day", () => {
    const contents = archive([]);
    contents.sources = [{ file: articleFile, text: "---\ntitle: x\npublished: 2020-02-30\n---\nBody" }];
    expect(messages(contents)).toEqual([
      `${articleFile}: published: "2020-02-30" is not a real calendar date. Fix: write a day that exists as YYYY-MM-DD, e.g. 2020-07-10.`,
    ]);
  });

  it("rejects a conflict naming an event or a report the archive lacks, naming the file and the field", () => {
    const signing = event("signing", "2020-07-08", "on Wednesday", {
      conflicts: [{ event: "signing-on-tuesday", article: "another-report", note: "Another report says Tuesday." }],
    });
    expect(messages(archive([signing]))).toEqual([
      `content/events/signing.yaml: conflicts[0].event: no events entry has the id "signing-on-tuesday". Fix: use the file name (without extension) of an entry in content/events/, or add content/events/signing-on-tuesday.yaml.`,
      `content/events/signing.yaml: conflicts[0].article: no articles entry has the id "another-report". Fix: use the file name (without extension) of an entry in content/articles/, or add content/articles/another-report.mdx.`,
    ]);
  });

  it("accepts a conflict with another event, and rejects one with the event itself", () => {
    const conflict = (other: string) => [{ event: other, article: ARTICLE, note: "The report says Tuesday." }];
    const arrival = event("arrival", "2020-07-07", "on Tuesday");
    expect(messages(archive([arrival, event("signing", "2020-07-08", "on Wednesday", { conflicts: conflict("arrival") })]))).toEqual([]);
    expect(messages(archive([event("signing", "2020-07-08", "on Wednesday", { conflicts: conflict("signing") })]))).toEqual([
      `content/events/signing.yaml: conflicts[0].event: names the event itself ("signing"). Fix: give the id of the other event, the one that dates the happening another day, or remove the conflict.`,
    ]);
  });

  it("rejects a draft entity found in a report or a paragraph the archive lacks", () => {
    const contents = archive([], []);
    contents.entities.people = [
      {
        collection: "people",
        id: "fuad-hussein",
        name: "Fuad Hussein",
        aliases: [],
        originalScript: [],
        description: "",
        draft: true,
        foundIn: [
          { article: ARTICLE, paragraph: 20, text: "Foreign Minister Fuad Hussein" },
          { article: "another-report", paragraph: 1, text: "Hussein" },
        ],
      },
    ];
    (contents.files as Map<string, string>).set("people/fuad-hussein", "content/people/fuad-hussein.yaml");
    expect(messages(contents)).toEqual([
      `content/people/fuad-hussein.yaml: foundIn[1].article: no articles entry has the id "another-report". Fix: use the file name (without extension) of an entry in content/articles/, or add content/articles/another-report.mdx.`,
      `content/people/fuad-hussein.yaml: foundIn[0].paragraph: article "${ARTICLE}" has 14 paragraphs, so paragraph 20 does not exist. Fix: point to a paragraph from 1 to 14 (the number shown by its ¶ permalink).`,
    ]);
  });

  it("reports every problem at once, so one build shows them all", () => {
    expect(messages(archive([event("a", "2020-07-08", "on Tuesday"), event("b", "2020-07-11", "on Friday")]))).toHaveLength(3);
  });
});
