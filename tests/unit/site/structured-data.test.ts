import { describe, expect, it } from "vitest";
import { indexRecords } from "../../../src/site/publishing/record-index.ts";
import {
  eventJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  personJsonLd,
  placeJsonLd,
  serializeJsonLd,
} from "../../../src/site/publishing/structured-data.ts";
import { ARTICLE_URL, HOME, ORIGINAL_URL, SHA256, VISIT, article, sampleRecords } from "../../support/record-fixtures.ts";

/** What a consumer of the page reads: the serialised JSON-LD parsed back. */
const roundTrip = (value: unknown) => JSON.parse(serializeJsonLd(value as never));

describe("newsArticleJsonLd", () => {
  const index = indexRecords(sampleRecords());
  const data = roundTrip(newsArticleJsonLd(article, index));

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
    const data = roundTrip(newsArticleJsonLd(bare, index));
    expect(data).not.toHaveProperty("author");
    expect(data).not.toHaveProperty("creditText");
    expect(data).not.toHaveProperty("isBasedOn");
    expect(data).not.toHaveProperty("dateline");
  });
});

describe("eventJsonLd", () => {
  const index = indexRecords(sampleRecords());

  it("gives a span its dates, place, participants, its days and the report it is based on", () => {
    const data = roundTrip(eventJsonLd(index.events.get(VISIT)!, index));
    expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "Event", name: "Iran's military delegation visits Damascus", startDate: "2020-07-07", endDate: "2020-07-09" });
    expect(data.attendee.map((a: { name: string }) => a.name)).toEqual(["Mohammad Bagheri", "Armed Forces of the Islamic Republic of Iran"]);
    expect(data.subEvent).toHaveLength(3);
    expect(data).not.toHaveProperty("superEvent");
    expect(data.subjectOf).toEqual([{ "@id": ARTICLE_URL }]);
  });

  it("gives a day the span it belongs to", () => {
    const data = roundTrip(eventJsonLd(index.events.get("2020-07-08-iran-syria-military-agreement-signed")!, index));
    expect(data.superEvent).toMatchObject({ "@type": "Event", url: `${HOME}events/${VISIT}/`, startDate: "2020-07-07", endDate: "2020-07-09" });
    expect(data).not.toHaveProperty("subEvent");
  });
});

describe("entity builders", () => {
  const index = indexRecords(sampleRecords());

  it("describes a person with role, honorific and every spelling of the name", () => {
    expect(roundTrip(personJsonLd(index.people.get("mohammad-bagheri")!))).toEqual({
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
    expect(roundTrip(organizationJsonLd(index.organizations.get("al-mayadeen")!))).toMatchObject({ "@type": "Organization", name: "Al Mayadeen" });
  });

  it("places a city in its country", () => {
    expect(roundTrip(placeJsonLd(index.places.get("damascus")!, index))).toMatchObject({
      "@type": "Place",
      name: "Damascus",
      containedInPlace: { "@type": "Place", name: "Syria", url: `${HOME}places/syria/` },
    });
  });
});

describe("serializeJsonLd", () => {
  it("cannot be broken out of: <, > and & are escaped, and the JSON parses back to the same value", () => {
    const hostile = { "@context": "https://schema.org", "@type": "Thing", name: "</script><script>alert(1)</script> <!-- & \u2028" } as const;
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
