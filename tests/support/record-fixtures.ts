import type { EntityCollection } from "../../src/archive/entity-kinds.ts";
import type { ArticleRecord, EntityRecord, EventRecord } from "../../src/archive/model.ts";
import { indexArchive, type Archive, type ArchiveRecords } from "../../src/site/index-archive.ts";
import { absoluteLinks } from "../../src/site/links.ts";

export const HOME = "https://archive.example.org/archive/";
export const ARTICLE_ID = "syrian-president-says-tehran-damascus-military-agreement-is-result";
export const ARTICLE_URL = `${HOME}articles/${ARTICLE_ID}/`;
export const ORIGINAL_URL = "https://www.tehrantimes.com/news/449831/Syrian-president-says-Tehran-Damascus-military-agreement-is-result";
export const SHA256 = "ee13ddceafda7ea07426ac2b47ba6bd251bd8787ed044278d464cbbf48272a8e";
export const VISIT = "2020-07-07-iranian-military-delegation-visits-damascus";

/** The absolute addresses of the archive deployed at HOME. */
export const LINKS = absoluteLinks("https://archive.example.org", "/archive/");

function entity(collection: EntityCollection, id: string, name: string, extra: Partial<EntityRecord> = {}): EntityRecord {
  return { collection, id, name, aliases: [], originalScript: [], description: "", draft: false, foundIn: [], ...extra };
}

function event(id: string, title: string, start: string, end: string, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    title,
    summary: "",
    start,
    end,
    place: "damascus",
    people: ["mohammad-bagheri"],
    organizations: [],
    reports: [],
    dateField: start === end ? "date" : "start",
    status: "happened",
    conflicts: [],
    draft: false,
    ...extra,
  };
}

const report = (paragraph: number, phrase: string) => [{ article: ARTICLE_ID, paragraph, phrase }];

export const article: ArticleRecord = {
  id: ARTICLE_ID,
  title: "Syrian president says Tehran–Damascus military agreement is result of years of cooperation against terrorism",
  summary: "Bashar al-Assad tells Iran's armed forces chief that the agreement grew out of years of joint fighting against terrorism.",
  published: "2020-07-10",
  dateline: "tehran",
  datelineText: "TEHRAN -",
  publisher: "tehran-times",
  credits: "NA/PA",
  source: { url: ORIGINAL_URL, sha256: SHA256 },
  people: ["bashar-al-assad", "mohammad-bagheri"],
  organizations: ["tehran-times", "al-mayadeen", "fars-news-agency"],
  places: ["tehran", "damascus"],
  cites: [
    { outlet: "al-mayadeen", paragraph: 2, phrase: "al Mayadeen reported" },
    { outlet: "fars-news-agency", paragraph: 9, phrase: "according to the Fars news agency" },
  ],
  quotes: [],
  dates: [],
  draft: false,
};

/** A small copy of the archive: the first article, its four events (a visit and its three days) and what they name. */
export function sampleRecords(): SampleRecords {
  return {
    articles: [structuredClone(article)],
    // Listed out of date order on purpose: builders must sort.
    events: [
      event("2020-07-09-assad-meets-bagheri", "Assad meets Bagheri in Damascus", "2020-07-09", "2020-07-09", {
        parent: VISIT,
        people: ["bashar-al-assad", "mohammad-bagheri"],
        reports: report(2, "on Thursday"),
      }),
      event(VISIT, "Iran's military delegation visits Damascus", "2020-07-07", "2020-07-09", {
        summary: "Bagheri leads a delegation to Damascus for three days of talks.",
        organizations: ["armed-forces-of-iran"],
        reports: report(14, "visited Damascus at the top of a military delegation"),
      }),
      event(
        "2020-07-08-iran-syria-military-agreement-signed",
        "Iran and Syria sign a military and security agreement",
        "2020-07-08",
        "2020-07-08",
        {
          parent: VISIT,
          reports: report(5, "on Wednesday"),
        },
      ),
      event(
        "2020-07-07-bagheri-arrives-in-damascus",
        "Bagheri arrives in Damascus at the head of a military delegation",
        "2020-07-07",
        "2020-07-07",
        {
          parent: VISIT,
          reports: report(14, "on Tuesday"),
        },
      ),
    ],
    entities: {
      people: [
        entity("people", "bashar-al-assad", "Bashar al-Assad", {
          role: "President of Syria",
          aliases: ["Assad"],
          originalScript: ["بشار الأسد"],
        }),
        entity("people", "mohammad-bagheri", "Mohammad Bagheri", {
          role: "Chief of Staff of the Armed Forces of the Islamic Republic of Iran",
          title: "Major General",
          aliases: ["Baqeri"],
          originalScript: ["محمد باقری"],
          description: "Iranian major general.",
        }),
      ],
      organizations: [
        entity("organizations", "al-mayadeen", "Al Mayadeen", { kind: "broadcaster" }),
        entity("organizations", "armed-forces-of-iran", "Armed Forces of the Islamic Republic of Iran", { kind: "military" }),
        entity("organizations", "fars-news-agency", "Fars News Agency", { kind: "news agency" }),
        entity("organizations", "tehran-times", "Tehran Times", { kind: "newspaper" }),
      ],
      places: [
        entity("places", "damascus", "Damascus", { kind: "city", country: "syria" }),
        entity("places", "syria", "Syria", { kind: "country" }),
        entity("places", "tehran", "Tehran", { kind: "city" }),
      ],
    },
    bodies: new Map(),
  };
}

/** Records a test can still change before indexing them. */
export type SampleRecords = Omit<ArchiveRecords, "articles" | "events" | "entities"> & {
  articles: ArticleRecord[];
  events: EventRecord[];
  entities: Record<EntityCollection, EntityRecord[]>;
};

/** The sample records, indexed as the build indexes the archive. */
export function sampleArchive(records: SampleRecords = sampleRecords()): Archive {
  return indexArchive(records);
}
