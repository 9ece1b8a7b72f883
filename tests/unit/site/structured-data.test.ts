import { describe, expect, it } from "vitest";
import { entityJsonLd, eventJsonLd, newsArticleJsonLd, serializeJsonLd } from "../../../src/site/publishing/structured-data.ts";
import { ARTICLE_URL, HOME, ORIGINAL_URL, SHA256, VISIT, article, LINKS, sampleArchive } from "../../support/record-fixtures.ts";

/** What a consumer of the page reads: the serialised JSON-LD parsed back. */
const roundTrip = (value: unknown) => JSON.parse(serializeJsonLd(value as never));

describe("newsArticleJsonLd", () => {
  const archive = sampleArchive();
  const data = roundTrip(newsArticleJsonLd(article, archive, LINKS));

  it("describes the report as a NewsArticle with its day, dateline, publisher, credits and original", () => {
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "@id": ARTICLE_URL,
      url: ARTICLE_URL,
      headline: article.title,
      datePublished: "2020-07-10",
      dateline: "TEHRAN -",
      locationCreated: { "@type": "Place", name: "Tehran", url: `${HOME}places/tehran/` },
      publisher: { "@type": "Organization", name: "Tehran Times", url: `${HOME}organizations/tehran-times/` },
      creditText: "NA/PA",
      author: { "@type": "Person", name: "NA/PA" },
      isBasedOn: ORIGINAL_URL,
      identifier: { propertyID: "sha256", value: SHA256 },
      isPartOf: { "@type": "Collection", name: "Dossier", url: HOME },
    });
  });

  it("mentions every person, organization and place by the address of its page", () => {
    const mentions = data.mentions.map((m: { "@type": string; url: string }) => [m["@type"], m.url]);
    expect(mentions).toEqual([
      ["Person", `${HOME}people/bashar-al-assad/`],
      ["Person", `${HOME}people/mohammad-bagheri/`],
      ["Organization", `${HOME}organizations/tehran-times/`],
      ["Organization", `${HOME}organizations/al-mayadeen/`],
      ["Organization", `${HOME}organizations/fars-news-agency/`],
      ["Place", `${HOME}places/tehran/`],
      ["Place", `${HOME}places/damascus/`],
    ]);
  });

  it("is about the visit, an Event holding its three days in date order, each pointing back to it", () => {
    expect(data.about).toHaveLength(1);
    const [visit] = data.about;
    expect(visit).toMatchObject({ "@type": "Event", url: `${HOME}events/${VISIT}/`, startDate: "2020-07-07", endDate: "2020-07-09" });
    expect(visit.location).toMatchObject({ "@type": "Place", name: "Damascus" });
    expect(visit.subEvent.map((day: { startDate: string }) => day.startDate)).toEqual(["2020-07-07", "2020-07-08", "2020-07-09"]);
    for (const day of visit.subEvent) expect(day.superEvent).toEqual({ "@id": `${HOME}events/${VISIT}/` });
  });

  it("leaves out what the archive does not know: no credits, no original, no dateline", () => {
    const bare = { ...article, credits: undefined, dateline: undefined, datelineText: undefined, source: { sha256: SHA256 } };
    const data = roundTrip(newsArticleJsonLd(bare, archive, LINKS));
    expect(data).not.toHaveProperty("author");
    expect(data).not.toHaveProperty("creditText");
    expect(data).not.toHaveProperty("isBasedOn");
    expect(data).not.toHaveProperty("dateline");
  });
});

describe("eventJsonLd", () => {
  const archive = sampleArchive();

  it("gives a span its dates, place, participants, its days and the report it is based on", () => {
    const data = roundTrip(eventJsonLd(archive.eventsById.get(VISIT)!, archive, LINKS));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Iran's military delegation visits Damascus",
      startDate: "2020-07-07",
      endDate: "2020-07-09",
    });
    expect(data.attendee.map((a: { name: string }) => a.name)).toEqual([
      "Mohammad Bagheri",
      "Armed Forces of the Islamic Republic of Iran",
    ]);
    expect(data.subEvent).toHaveLength(3);
    expect(data).not.toHaveProperty("superEvent");
    expect(data.subjectOf).toEqual([{ "@id": ARTICLE_URL }]);
  });

  it("gives a day the span it belongs to", () => {
    const data = roundTrip(eventJsonLd(archive.eventsById.get("2020-07-08-iran-syria-military-agreement-signed")!, archive, LINKS));
    expect(data.superEvent).toMatchObject({
      "@type": "Event",
      url: `${HOME}events/${VISIT}/`,
      startDate: "2020-07-07",
      endDate: "2020-07-09",
    });
    expect(data).not.toHaveProperty("subEvent");
  });
});

describe("entity builders", () => {
  const archive = sampleArchive();

  it("describes a person with role, honorific and every spelling of the name", () => {
    expect(roundTrip(entityJsonLd(archive.entities.people.get("mohammad-bagheri")!, archive, LINKS))).toEqual({
      "@context": "https://schema.org",
      "@type": "Person",
      "@id": `${HOME}people/mohammad-bagheri/`,
      name: "Mohammad Bagheri",
      url: `${HOME}people/mohammad-bagheri/`,
      jobTitle: "Chief of Staff of the Armed Forces of the Islamic Republic of Iran",
      honorificPrefix: "Major General",
      alternateName: ["Baqeri", "محمد باقری"],
      description: "Iranian major general.",
    });
  });

  it("describes an organization", () => {
    expect(roundTrip(entityJsonLd(archive.entities.organizations.get("al-mayadeen")!, archive, LINKS))).toMatchObject({
      "@type": "Organization",
      name: "Al Mayadeen",
    });
  });

  it("places a city in its country", () => {
    expect(roundTrip(entityJsonLd(archive.entities.places.get("damascus")!, archive, LINKS))).toMatchObject({
      "@type": "Place",
      name: "Damascus",
      containedInPlace: { "@type": "Place", name: "Syria", url: `${HOME}places/syria/` },
    });
  });
});

describe("serializeJsonLd", () => {
  it("cannot be broken out of: <, > and & are escaped, and the JSON parses back to the same value", () => {
    const hostile = {
      "@context": "https://schema.org",
      "@type": "Thing",
      name: "</script><script>alert(1)</script> <!-- & \u2028",
    } as const;
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
