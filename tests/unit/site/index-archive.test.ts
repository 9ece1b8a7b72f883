import { describe, expect, it } from "vitest";
import { entityKey } from "../../../src/archive/entity-kinds.ts";
import type { ArticleRecord, EventRecord } from "../../../src/archive/model.ts";
import { indexArchive } from "../../../src/site/index-archive.ts";
import { ARTICLE_ID, VISIT, sampleRecords } from "../../support/record-fixtures.ts";

function article(id: string, data: Partial<ArticleRecord> = {}): ArticleRecord {
  const source = { sha256: "0".repeat(64) };
  return {
    id,
    title: id,
    summary: "",
    published: "2020-07-10",
    source,
    people: [],
    organizations: [],
    places: [],
    cites: [],
    quotes: [],
    dates: [],
    draft: false,
    ...data,
  };
}

function event(id: string, start: string, data: Partial<EventRecord> = {}): EventRecord {
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
    reports: [],
    draft: false,
    ...data,
  };
}

const report = article("report", {
  publisher: "tehran-times",
  dateline: "tehran",
  people: ["bagheri", "ayyoub"],
  organizations: ["al-mayadeen"],
  places: ["damascus"],
  cites: [{ outlet: "al-mayadeen", paragraph: 2, phrase: "al Mayadeen reported" }],
  quotes: [
    { text: "will strengthen…", paragraph: 9, speaker: "bagheri", reportedBy: ["al-mayadeen", "fars"] },
    { text: "Continuation…", paragraph: 7, speakerName: "the two sides", reportedBy: [] },
  ],
});
const visit = event("visit", "2020-07-07", { end: "2020-07-09", dateField: "start", place: "damascus", people: ["bagheri"] });
const signing = event("signing", "2020-07-08", { parent: "visit", place: "damascus", people: ["bagheri", "ayyoub"] });
const arrival = event("arrival", "2020-07-07", { parent: "visit", place: "damascus", people: ["bagheri"] });
const entities = { people: [], organizations: [], places: [] };

describe("indexArchive", () => {
  const graph = indexArchive({ articles: [report, article("unsigned")], events: [signing, arrival, visit], entities, bodies: new Map() });

  it("indexes the events of each person and place in date order, a span before the days it holds", () => {
    expect(graph.eventsOf.get(entityKey("people", "bagheri"))?.map((e) => e.id)).toEqual(["visit", "arrival", "signing"]);
    expect(graph.eventsOf.get(entityKey("people", "ayyoub"))?.map((e) => e.id)).toEqual(["signing"]);
    expect(graph.eventsOf.get(entityKey("places", "damascus"))?.length).toBe(3);
  });

  it("indexes the sub-events of each span", () => {
    expect(graph.subEvents.get("visit")?.map((e) => e.id)).toEqual(["arrival", "signing"]);
  });

  it("indexes the articles that mention, are filed from and are published by each entity", () => {
    expect(graph.articlesMentioning.get(entityKey("people", "ayyoub"))?.map((a) => a.id)).toEqual(["report"]);
    expect(graph.articlesFiledFrom.get("tehran")?.map((a) => a.id)).toEqual(["report"]);
    expect(graph.articlesPublishedBy.get("tehran-times")?.map((a) => a.id)).toEqual(["report"]);
  });

  it("tolerates an article whose publisher is unknown", () => {
    expect([...graph.articlesPublishedBy.values()].flat().map((a) => a.id)).toEqual(["report"]);
  });

  it("indexes quotes by their speaker and by every outlet in their chain", () => {
    expect(graph.quotesBySpeaker.get("bagheri")?.map((use) => use.quote.paragraph)).toEqual([9]);
    expect(graph.quotesByReporter.get("al-mayadeen")?.map((use) => use.quote.paragraph)).toEqual([9]);
    expect(graph.quotesByReporter.get("fars")?.map((use) => use.quote.paragraph)).toEqual([9]);
    expect(graph.quotesBySpeaker.size).toBe(1);
  });

  it("indexes what reports attribute to each outlet", () => {
    expect(graph.citationsByOutlet.get("al-mayadeen")?.map((use) => [use.article.id, use.citation.paragraph])).toEqual([["report", 2]]);
  });

  it("counts who appears with whom across articles and events", () => {
    const bagheri = graph.companions.get(entityKey("people", "bagheri"));
    expect(bagheri?.get(entityKey("places", "damascus"))).toEqual({ articles: 1, events: 3 });
    expect(bagheri?.get(entityKey("people", "ayyoub"))).toEqual({ articles: 1, events: 1 });
  });
});

describe("indexArchive's conflicts", () => {
  const onTuesday = event("signing-on-tuesday", "2020-07-07");
  const onWednesday = event("signing-on-wednesday", "2020-07-08", {
    conflicts: [{ event: "signing-on-tuesday", article: "daily", note: "The Daily dates the signing Tuesday." }],
  });
  const onThursday = event("signing-on-thursday", "2020-07-09", {
    conflicts: [
      { event: "signing-on-wednesday", article: "weekly", note: "The Weekly dates it Thursday." },
      { event: "signing-on-tuesday", article: "daily", note: "The Daily dates it Tuesday." },
    ],
  });
  const conflictsOf = (events: EventRecord[]) => indexArchive({ articles: [], events, entities, bodies: new Map() }).conflictsOf;

  it("gives both events a conflict one file lists, each naming the other event", () => {
    const index = conflictsOf([onWednesday, onTuesday]);
    expect(index.get("signing-on-wednesday")).toEqual(onWednesday.conflicts);
    expect(index.get("signing-on-tuesday")).toEqual([
      { event: "signing-on-wednesday", article: "daily", note: "The Daily dates the signing Tuesday." },
    ]);
  });

  it("lists an event's conflicts in the event order of the other events, whichever file lists them", () => {
    expect(
      conflictsOf([onThursday, onWednesday, onTuesday])
        .get("signing-on-tuesday")
        ?.map((c) => c.event),
    ).toEqual(["signing-on-wednesday", "signing-on-thursday"]);
  });

  it("keeps a conflict written in both files once, as the event's own file words it", () => {
    const back = { ...onTuesday, conflicts: [{ event: "signing-on-wednesday", article: "daily", note: "Tuesday, says the Daily." }] };
    const index = conflictsOf([onWednesday, back]);
    expect(index.get("signing-on-tuesday")).toEqual(back.conflicts);
    expect(index.get("signing-on-wednesday")).toEqual(onWednesday.conflicts);
  });

  it("gives an event without conflicts none", () => {
    expect(conflictsOf([visit, signing]).size).toBe(0);
  });
});

describe("indexArchive on the first report's records", () => {
  const records = sampleRecords();
  // A second article that reports only the signing, twice (two paragraphs), to check it is listed once.
  records.events
    .find((e) => e.id === "2020-07-08-iran-syria-military-agreement-signed")!
    .reports.push(
      { article: "another-report", paragraph: 1, phrase: "on July 8" },
      { article: "another-report", paragraph: 3, phrase: "the agreement" },
    );
  const index = indexArchive(records);

  it("lists the events each article reports, each once, in date order, a span before the day it starts with", () => {
    expect(index.eventsByArticle.get(ARTICLE_ID)!.map((e) => e.id)).toEqual([
      VISIT,
      "2020-07-07-bagheri-arrives-in-damascus",
      "2020-07-08-iran-syria-military-agreement-signed",
      "2020-07-09-assad-meets-bagheri",
    ]);
    expect(index.eventsByArticle.get("another-report")!.map((e) => e.id)).toEqual(["2020-07-08-iran-syria-military-agreement-signed"]);
    expect(index.eventsByArticle.has("an-article-with-no-events")).toBe(false);
  });

  it("lists each span's sub-events in date order", () => {
    expect(index.subEvents.get(VISIT)!.map((e) => e.id)).toEqual([
      "2020-07-07-bagheri-arrives-in-damascus",
      "2020-07-08-iran-syria-military-agreement-signed",
      "2020-07-09-assad-meets-bagheri",
    ]);
  });
});
