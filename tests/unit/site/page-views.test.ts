import { describe, expect, it } from "vitest";
import { articlePageView } from "../../../src/site/views/article-page.ts";
import { entityPagePaths, entityPageView } from "../../../src/site/views/entity-page.ts";
import { eventPageView } from "../../../src/site/views/event-page.ts";
import { pageContext } from "../../../src/site/views/page-context.ts";
import { entityDirectory } from "../../../src/site/views/directories.ts";
import { ARTICLE_ID, ARTICLE_URL, VISIT, sampleArchive, sampleRecords } from "../../support/record-fixtures.ts";

const archive = sampleArchive();
const context = pageContext("https://archive.example.org", "/archive/");

describe("articlePageView", () => {
  const view = articlePageView(archive, context, ARTICLE_ID);

  it("names the publisher and the dateline, and nests the report's events with links to its own paragraphs", () => {
    expect(view.publisher).toBe("Tehran Times");
    expect(view.dateline).toBe("Tehran");
    expect(view.timeline.map((node) => [node.id, node.children.map((child) => child.report?.href)])).toEqual([
      [VISIT, ["#p-14", "#p-5", "#p-2"]],
    ]);
  });

  it("lists the entities it mentions by kind, in the report's order", () => {
    expect(view.mentions.map(({ collection, entities }) => [collection, entities.map((entity) => entity.id)])).toEqual([
      ["people", ["bashar-al-assad", "mohammad-bagheri"]],
      ["organizations", ["tehran-times", "al-mayadeen", "fars-news-agency"]],
      ["places", ["tehran", "damascus"]],
    ]);
  });

  it("links its outlet citations on the page and its citation to the absolute address", () => {
    expect(view.outletCitations[0]).toEqual({
      outlet: { name: "Al Mayadeen", href: "/archive/organizations/al-mayadeen/" },
      paragraph: 2,
      phrase: "al Mayadeen reported",
    });
    expect(view.source.publisher).toEqual({ name: "Tehran Times", href: "/archive/organizations/tehran-times/" });
    expect(view.citable.archiveUrl).toBe(ARTICLE_URL);
    expect(view.jsonLd.url).toBe(ARTICLE_URL);
  });
});

describe("eventPageView", () => {
  it("gives a span its days, its place and its reports", () => {
    const view = eventPageView(archive, context, VISIT);
    expect(view.isSpan).toBe(true);
    expect(view.place).toEqual({ name: "Damascus", href: "/archive/places/damascus/" });
    expect(view.subEvents.map((node) => node.id)).toEqual([
      "2020-07-07-bagheri-arrives-in-damascus",
      "2020-07-08-iran-syria-military-agreement-signed",
      "2020-07-09-assad-meets-bagheri",
    ]);
    expect(view.reports.map((report) => report.source.href)).toEqual([`/archive/articles/${ARTICLE_ID}/#p-14`]);
    expect(view.reportsDisagree).toBe(false);
  });

  it("names the span a day belongs to", () => {
    expect(eventPageView(archive, context, "2020-07-09-assad-meets-bagheri").parent).toEqual({
      name: "Iran's military delegation visits Damascus",
      href: `/archive/events/${VISIT}/`,
    });
  });
});

describe("eventPageView's conflicts", () => {
  const SIGNING = "2020-07-08-iran-syria-military-agreement-signed";
  const ARRIVAL = "2020-07-07-bagheri-arrives-in-damascus";
  const records = sampleRecords();
  records.events.find((e) => e.id === SIGNING)!.conflicts = [
    { event: ARRIVAL, article: ARTICLE_ID, note: "The report also dates it Tuesday." },
  ];
  const conflicted = sampleArchive(records);

  it("shows a conflict on the page of the event whose file lists it, with the other event's days and the report, linked", () => {
    expect(eventPageView(conflicted, context, SIGNING).conflicts).toEqual([
      {
        note: "The report also dates it Tuesday.",
        other: {
          title: "Bagheri arrives in Damascus at the head of a military delegation",
          href: `/archive/events/${ARRIVAL}/`,
          start: "2020-07-07",
          end: "2020-07-07",
        },
        report: {
          title: records.articles[0]!.title,
          href: `/archive/articles/${ARTICLE_ID}/`,
          published: "2020-07-10",
          publisher: "Tehran Times",
        },
      },
    ]);
  });

  it("shows the same conflict on the other event's page, whose file does not list it, pointing back", () => {
    const [conflict] = eventPageView(conflicted, context, ARRIVAL).conflicts;
    expect(conflict?.note).toBe("The report also dates it Tuesday.");
    expect(conflict?.other).toMatchObject({ href: `/archive/events/${SIGNING}/`, start: "2020-07-08" });
  });

  it("shows no conflicts on an event that has none", () => {
    expect(eventPageView(conflicted, context, VISIT).conflicts).toEqual([]);
  });
});

describe("draft entities", () => {
  const records = sampleRecords();
  const syria = records.entities.places.find((place) => place.id === "syria")!;
  Object.assign(syria, { draft: true, foundIn: [{ article: ARTICLE_ID, paragraph: 5, text: "Syrian" }] });
  const drafted = sampleArchive(records);

  it("says where the ingest found the name: the words and the paragraph, linked", () => {
    const view = entityPageView(drafted, context, "places", "syria");
    expect(view.entity.draft).toBe(true);
    expect(view.foundIn).toEqual([
      { text: "Syrian", source: expect.objectContaining({ paragraph: 5, href: `/archive/articles/${ARTICLE_ID}/#p-5` }) },
    ]);
  });

  it("marks the draft in the directory and beside its name wherever its country's page lists it", () => {
    expect(entityDirectory(drafted, context.links, "places").map((entry) => [entry.name, entry.draft])).toEqual([
      ["Damascus", false],
      ["Syria", true],
      ["Tehran", false],
    ]);
    Object.assign(
      records.entities.places.find((place) => place.id === "damascus")!,
      { draft: true },
    );
    const withDraftCity = sampleArchive(records);
    expect(entityPageView(withDraftCity, context, "places", "syria").sections.within).toEqual([
      { name: "Damascus", href: "/archive/places/damascus/", draft: true },
    ]);
  });
});

describe("entityPageView", () => {
  it("labels each kind from the table and says what the entity is", () => {
    const person = entityPageView(archive, context, "people", "mohammad-bagheri");
    expect([person.label, person.filter, person.detail?.label]).toEqual(["Person", "person", "Role"]);
    const place = entityPageView(archive, context, "places", "damascus");
    expect([place.label, place.filter, place.detail]).toEqual(["Place", "place", { label: "Kind", value: "city" }]);
    expect(place.country).toEqual({ name: "Syria", href: "/archive/places/syria/" });
  });

  it("gathers a person's events, reports and companions", () => {
    const view = entityPageView(archive, context, "people", "bashar-al-assad");
    expect(view.timeline.map((node) => node.id)).toEqual(["2020-07-09-assad-meets-bagheri"]);
    expect(view.articles.map((article) => article.href)).toEqual([`/archive/articles/${ARTICLE_ID}/`]);
    expect(view.companions[0]).toMatchObject({ name: "Mohammad Bagheri", type: "Person", articles: 1, events: 1 });
    expect(view.jsonLd["@type"]).toBe("Person");
  });

  it("lists the ids of a collection for its pages", () => {
    expect(entityPagePaths(archive, "places")).toEqual(["damascus", "syria", "tehran"].map((id) => ({ params: { id } })));
  });
});
