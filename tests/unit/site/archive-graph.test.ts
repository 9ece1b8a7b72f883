import { describe, expect, it } from "vitest";
import { buildArchiveGraph, entityKey, type GraphArticle, type GraphEvent } from "../../../src/site/archive-graph.ts";

const ref = (id: string) => ({ id });

function article(id: string, data: Partial<GraphArticle["data"]> = {}): GraphArticle {
  return { id, data: { people: [], organizations: [], places: [], cites: [], quotes: [], ...data } };
}

function event(id: string, start: string, data: Partial<GraphEvent["data"]> = {}): GraphEvent {
  return { id, data: { start, end: start, people: [], organizations: [], ...data } };
}

const report = article("report", {
  publisher: ref("tehran-times"),
  dateline: ref("tehran"),
  people: [ref("bagheri"), ref("ayyoub")],
  organizations: [ref("al-mayadeen")],
  places: [ref("damascus")],
  cites: [{ outlet: ref("al-mayadeen"), paragraph: 2, phrase: "al Mayadeen reported" }],
  quotes: [
    { text: "will strengthen…", paragraph: 9, speaker: ref("bagheri"), reportedBy: [ref("al-mayadeen"), ref("fars")] },
    { text: "Continuation…", paragraph: 7, speakerName: "the two sides", reportedBy: [] },
  ],
});
const visit = event("visit", "2020-07-07", { end: "2020-07-09", place: ref("damascus"), people: [ref("bagheri")] });
const signing = event("signing", "2020-07-08", { parent: ref("visit"), place: ref("damascus"), people: [ref("bagheri"), ref("ayyoub")] });
const arrival = event("arrival", "2020-07-07", { parent: ref("visit"), place: ref("damascus"), people: [ref("bagheri")] });

describe("buildArchiveGraph", () => {
  const graph = buildArchiveGraph([report, article("unsigned")], [signing, arrival, visit]);

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

  it("indexes what each outlet is cited for", () => {
    expect(graph.citesByOutlet.get("al-mayadeen")?.map((use) => [use.article.id, use.cite.paragraph])).toEqual([["report", 2]]);
  });

  it("counts who appears with whom across articles and events", () => {
    const bagheri = graph.companions.get(entityKey("people", "bagheri"));
    expect(bagheri?.get(entityKey("places", "damascus"))).toEqual({ articles: 1, events: 3 });
    expect(bagheri?.get(entityKey("people", "ayyoub"))).toEqual({ articles: 1, events: 1 });
  });
});
