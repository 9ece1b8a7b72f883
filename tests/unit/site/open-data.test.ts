import { describe, expect, it } from "vitest";
import { archiveData, archiveJson, EVENT_COLUMNS, eventsCsv } from "../../../src/site/publishing/open-data.ts";
import { ARTICLE_ID, ARTICLE_URL, HOME, SHA256, VISIT, LINKS, sampleArchive, sampleRecords } from "../../support/record-fixtures.ts";

describe("archiveData", () => {
  const data = archiveData(sampleArchive(), LINKS);

  it("names its format and version and where the archive lives", () => {
    expect(data).toMatchObject({ format: "dossier-archive", version: 1, home: HOME });
    expect(Object.keys(data)).toEqual(["format", "version", "home", "articles", "people", "organizations", "places", "events"]);
  });

  it("holds each article's metadata, source and the events it reports, not its text", () => {
    const [article] = data.articles;
    expect(article).toMatchObject({
      id: ARTICLE_ID,
      url: ARTICLE_URL,
      published: "2020-07-10",
      publisher: "tehran-times",
      credits: "NA/PA",
      source: { sha256: SHA256 },
      cites: [{ outlet: "al-mayadeen", paragraph: 2, phrase: "al Mayadeen reported" }, expect.anything()],
      draft: false,
    });
    expect(article!.events).toEqual([
      VISIT,
      "2020-07-07-bagheri-arrives-in-damascus",
      "2020-07-08-iran-syria-military-agreement-signed",
      "2020-07-09-assad-meets-bagheri",
    ]);
    expect(article).not.toHaveProperty("body");
  });

  it("lists entities by id and events by date, each report linked to its paragraph", () => {
    expect(data.organizations.map((o) => o.id)).toEqual(["al-mayadeen", "armed-forces-of-iran", "fars-news-agency", "tehran-times"]);
    expect(data.places.find((p) => p.id === "damascus")).toMatchObject({ kind: "city", country: "syria", url: `${HOME}places/damascus/` });
    expect(data.events.map((e) => e.start)).toEqual(["2020-07-07", "2020-07-07", "2020-07-08", "2020-07-09"]);
    expect(data.events[3]).toMatchObject({
      parent: VISIT,
      reports: [{ article: ARTICLE_ID, paragraph: 2, phrase: "on Thursday", url: `${ARTICLE_URL}#p-2` }],
    });
  });

  it("is the same for the same archive however its records are ordered", () => {
    const shuffled = sampleRecords();
    shuffled.events.reverse();
    shuffled.entities.organizations.reverse();
    expect(archiveJson(sampleArchive(shuffled), LINKS)).toBe(archiveJson(sampleArchive(), LINKS));
    expect(archiveJson(sampleArchive(shuffled), LINKS).endsWith("}\n")).toBe(true);
  });
});

describe("eventsCsv", () => {
  const csv = eventsCsv(sampleArchive());
  const lines = csv.split("\r\n");

  it("has the documented columns and one row per event in date order", () => {
    expect(lines[0]).toBe(EVENT_COLUMNS.join(","));
    expect(lines[0]).toBe("id,title,start,end,place,people,organizations,parent,reports");
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toBe("");
    expect(lines[1]).toMatch(new RegExp(`^${VISIT},`));
    expect(lines[2]).toBe(
      `2020-07-07-bagheri-arrives-in-damascus,Bagheri arrives in Damascus at the head of a military delegation,2020-07-07,2020-07-07,damascus,mohammad-bagheri,,${VISIT},${ARTICLE_ID}#p-14`,
    );
    expect(lines[4]).toBe(
      `2020-07-09-assad-meets-bagheri,Assad meets Bagheri in Damascus,2020-07-09,2020-07-09,damascus,bashar-al-assad;mohammad-bagheri,,${VISIT},${ARTICLE_ID}#p-2`,
    );
  });

  it("quotes a title with a comma or quotes", () => {
    const records = sampleRecords();
    records.events[0]!.title = 'Assad meets Bagheri, "a brother", in Damascus';
    expect(eventsCsv(sampleArchive(records))).toContain(',"Assad meets Bagheri, ""a brother"", in Damascus",');
  });
});
