import { describe, expect, it } from "vitest";
import type { ArticleRecord, EntityRecord, EventRecord } from "../../../src/archive/model.ts";
import { indexArchive } from "../../../src/site/index-archive.ts";
import { siteLinks } from "../../../src/site/links.ts";
import { quoteViews, reportViews } from "../../../src/site/views/record-views.ts";

function article(
  id: string,
  published: string,
  dates: { text: string; date: string; paragraph: number }[],
  quotes: ArticleRecord["quotes"] = [],
): ArticleRecord {
  return {
    id,
    title: `Report ${id}`,
    summary: "",
    published,
    publisher: "tehran-times",
    dateline: "tehran",
    source: { sha256: "0".repeat(64) },
    people: [],
    organizations: [],
    places: [],
    cites: [],
    quotes,
    dates: dates.map((d) => ({ ...d, rule: "weekday-past" })),
    draft: false,
  };
}

const signing: EventRecord = {
  id: "signing",
  title: "Agreement signed",
  summary: "",
  start: "2020-07-08",
  end: "2020-07-08",
  dateField: "date",
  status: "happened",
  conflicts: [],
  people: [],
  organizations: [],
  reports: [
    { article: "agrees", paragraph: 5, phrase: "on Wednesday" },
    { article: "disagrees", paragraph: 3, phrase: "on Tuesday" },
    { article: "undated", paragraph: 1, phrase: "this week" },
  ],
  draft: false,
};

const articles = [
  article("agrees", "2020-07-10", [{ text: "on Wednesday", date: "2020-07-08", paragraph: 5 }]),
  article("disagrees", "2020-07-10", [{ text: "on Tuesday", date: "2020-07-07", paragraph: 3 }]),
  article(
    "undated",
    "2020-07-10",
    [],
    [{ text: "will strengthen Syria’s air defense,", paragraph: 9, speaker: "bagheri", reportedBy: ["al-mayadeen", "fars"] }],
  ),
];

const named = (collection: EntityRecord["collection"], entries: [string, string][]): EntityRecord[] =>
  entries.map(([id, name]) => ({ collection, id, name, aliases: [], originalScript: [], description: "", draft: false, foundIn: [] }));

const archive = indexArchive({
  articles,
  events: [signing],
  entities: {
    people: named("people", [["bagheri", "Mohammad Bagheri"]]),
    organizations: named("organizations", [
      ["tehran-times", "Tehran Times"],
      ["al-mayadeen", "Al Mayadeen"],
      ["fars", "Fars News Agency"],
    ]),
    places: named("places", [["tehran", "Tehran"]]),
  },
  bodies: new Map(),
});
const links = siteLinks("/");

describe("reportViews", () => {
  const reports = reportViews(archive, links, signing);

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
    const [quote] = quoteViews(archive, links, archive.quotesBySpeaker.get("bagheri")!);
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
