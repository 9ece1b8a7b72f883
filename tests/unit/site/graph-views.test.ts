import { describe, expect, it } from "vitest";
import type { Archive, ArchiveEvent, Article } from "../../../src/site/archive.ts";
import { quoteViews, reportViews } from "../../../src/site/views/graph-views.ts";
import { buildArchiveGraph } from "../../../src/site/archive-graph.ts";

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

function article(id: string, published: string, dates: { text: string; date: string; paragraph: number }[], quotes: unknown[] = []): Article {
  return {
    id,
    collection: "articles",
    data: {
      title: `Report ${id}`,
      published,
      publisher: ref("organizations", "tehran-times"),
      dateline: ref("places", "tehran"),
      people: [],
      organizations: [],
      places: [],
      cites: [],
      quotes,
      dates: dates.map((d) => ({ ...d, rule: "weekday" })),
    },
  } as unknown as Article;
}

const signing = {
  id: "signing",
  collection: "events",
  data: {
    title: "Agreement signed",
    start: "2020-07-08",
    end: "2020-07-08",
    people: [],
    organizations: [],
    reports: [
      { article: ref("articles", "agrees"), paragraph: 5, phrase: "on Wednesday" },
      { article: ref("articles", "disagrees"), paragraph: 3, phrase: "on Tuesday" },
      { article: ref("articles", "undated"), paragraph: 1, phrase: "this week" },
    ],
  },
} as unknown as ArchiveEvent;

const articles = [
  article("agrees", "2020-07-10", [{ text: "on Wednesday", date: "2020-07-08", paragraph: 5 }]),
  article("disagrees", "2020-07-10", [{ text: "on Tuesday", date: "2020-07-07", paragraph: 3 }]),
  article("undated", "2020-07-10", [], [
    { text: "will strengthen Syria’s air defense,", paragraph: 9, speaker: ref("people", "bagheri"), reportedBy: [ref("organizations", "al-mayadeen"), ref("organizations", "fars")] },
  ]),
];

const named = <T>(entries: [string, string][]) => new Map(entries.map(([id, name]) => [id, { id, data: { name } } as unknown as T]));

const archive = {
  articles,
  events: [signing],
  articlesById: new Map(articles.map((a) => [a.id, a])),
  eventsById: new Map([[signing.id, signing]]),
  people: named([["bagheri", "Mohammad Bagheri"]]),
  organizations: named([
    ["tehran-times", "Tehran Times"],
    ["al-mayadeen", "Al Mayadeen"],
    ["fars", "Fars News Agency"],
  ]),
  places: named([["tehran", "Tehran"]]),
  graph: buildArchiveGraph(articles, [signing]),
} as unknown as Archive;

describe("reportViews", () => {
  const reports = reportViews(archive, "/", signing);

  it("lists every report of an event with its phrase, its source and a link to its paragraph", () => {
    expect(reports.map((r) => [r.phrase, r.source.href, r.source.publisher, r.source.filedFrom?.name])).toEqual([
      ["on Wednesday", "/articles/agrees/#p-5", "Tehran Times", "Tehran"],
      ["on Tuesday", "/articles/disagrees/#p-3", "Tehran Times", "Tehran"],
      ["this week", "/articles/undated/#p-1", "Tehran Times", "Tehran"],
    ]);
  });

  it("shows the date each report's own words resolve to and flags the one that differs from the event", () => {
    expect(reports.map((r) => [r.stated?.date, r.differs])).toEqual([
      ["2020-07-08", false],
      ["2020-07-07", true],
      [undefined, false],
    ]);
  });
});

describe("quoteViews", () => {
  it("gives a quote its speaker, its chain of outlets nearest first, and the paragraph it stands in", () => {
    const [quote] = quoteViews(archive, "/", archive.graph.quotesBySpeaker.get("bagheri")!);
    expect(quote).toEqual({
      text: "will strengthen Syria’s air defense",
      speaker: { name: "Mohammad Bagheri", href: "/people/bagheri/" },
      chain: [
        { relation: "reported by", who: { name: "Al Mayadeen", href: "/organizations/al-mayadeen/" } },
        { relation: "via", who: { name: "Fars News Agency", href: "/organizations/fars/" } },
      ],
      source: expect.objectContaining({ href: "/articles/undated/#p-9", articleHref: "/articles/undated/", published: "2020-07-10" }),
    });
  });
});
