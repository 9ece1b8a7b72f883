import type { EntityCollection } from "./entity-kinds.ts";

/**
 * What a content file is, as plain records: references are ids, dates are `YYYY-MM-DD`. The site loads the
 * archive into these once (src/site/load-archive.ts) and the ingest command reads the existing archive into
 * them, both through the schemas of `schemas/`.
 *
 * Words: a *report* is the published text (an article file); an *event report* is an event's link to the
 * paragraph of a report that states it; an *outlet citation* is what a report attributes to an outlet; a
 * *citation* is only how a reader cites the archived copy (src/site/publishing/).
 */

export type Weekday = "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";

export type Tense = "past" | "future";

/** How a date reference was read; the site and the build checks show it next to the date. */
export type DateRule =
  | "weekday-past" // "on Tuesday" in past tense: the most recent such day, the publication day included
  | "weekday-future" // "will fly back on Saturday": the coming such day, the publication day included
  | "weekday-last" // "last Tuesday": strictly before publication
  | "weekday-next" // "next Tuesday": strictly after publication
  | "weekday-today" // "today, Thursday": the day the writer calls today
  | "yesterday"
  | "today"
  | "tomorrow"
  | "calendar" // "July 1, 2020", "08th July, 2020"
  | "calendar-no-year" // "on July 8": the year comes from publication and tense
  | "interval" // "a day after …", "a week after …": counted from the sentence's own date, or from publication
  | "same-day" // "earlier in the day": the day of the sentence's own date, or of publication
  | "solar-hijri" // "۱۷ تیر ۱۳۹۹": a day of the Solar Hijri (Iranian) calendar; without a year, from publication and tense
  | "hijri-umalqura"; // "١٦ ذو القعدة ١٤٤١ هـ": a day of the Hijri calendar, reckoned as Umm al-Qura does

/** A date reference a report's text makes, resolved against its publication day (article frontmatter `dates`). */
export interface ResolvedDate {
  /** The phrase as written, with a leading "on"/"last"/"next" where the text has one. */
  text: string;
  /** YYYY-MM-DD. */
  date: string;
  /** 1-based paragraph number. */
  paragraph: number;
  rule: DateRule;
}

/** One person, organization or place, as kept in its YAML file. */
export interface EntityRecord {
  collection: EntityCollection;
  id: string;
  name: string;
  /** Other spellings and transliterations (Ayoub, Baqeri). */
  aliases: string[];
  /** The name in its own script (Arabic, Persian). */
  originalScript: string[];
  description: string;
  /** A person's office ("President of Syria"). */
  role?: string;
  /** A person's rank or honorific ("Major General"). */
  title?: string;
  /** What kind of organization or place it is ("newspaper", "city"). */
  kind?: string;
  /** The id of the country a place lies in. */
  country?: string;
  /** A place's latitude in decimal degrees, north positive; always given with `lon`. */
  lat?: number;
  /** A place's longitude in decimal degrees, east positive; always given with `lat`. */
  lon?: number;
  /** True while a place's coordinates come from the ingest's gazetteer and wait for an editor's check. */
  coordinatesProposed?: boolean;
  /** True while an entity the ingest found waits for an editor's review. */
  draft: boolean;
  /** Where the ingest found the name. */
  foundIn: EntityFinding[];
}

/** Where the ingest found a new name: the report, the paragraph and the words as written. */
export interface EntityFinding {
  article: string;
  paragraph: number;
  text: string;
}

/** An event's link to the paragraph of a report that states it, with the phrase as stated ("on Tuesday"). */
export interface EventReport {
  /** The id of the report (article). */
  article: string;
  paragraph: number;
  phrase: string;
  /** True when the report announced it ahead, as a plan. */
  announced?: boolean;
  /** Why the ingest attached the report to an event another report had made. */
  why?: AttachmentReason;
}

/** What a report shares with the event it was attached to. */
export interface AttachmentReason {
  action?: string;
  people: string[];
  organizations: string[];
  place?: string;
  /** True when an editor should check the attachment. */
  unsure: boolean;
}

/** A report that gives a happening another day than the event: it stands as its own event, shown on both pages. */
export interface EventConflict {
  /** The other event. */
  event: string;
  /** The report that disagrees. */
  article: string;
  note: string;
}

export type EventStatus = "happened" | "planned";

export interface EventRecord {
  id: string;
  title: string;
  summary: string;
  start: string;
  end: string;
  /** Which field the file gives the day in: `date` for one day, `start` for a span. */
  dateField: "date" | "start";
  /** The id of the span this event is part of. */
  parent?: string;
  place?: string;
  people: string[];
  organizations: string[];
  reports: EventReport[];
  /** The kind of action (signing, meeting, arrival, …). */
  action?: string;
  status: EventStatus;
  conflicts: EventConflict[];
  draft: boolean;
}

/** What a report attributes to an outlet ("al Mayadeen reported"): frontmatter `cites`. */
export interface OutletCitation {
  outlet: string;
  paragraph: number;
  phrase: string;
}

/** A quoted passage of a report, with its speaker and the outlets that passed it on, nearest first. */
export interface ReportedQuote {
  text: string;
  paragraph: number;
  speaker?: string;
  speakerName?: string;
  reportedBy: string[];
}

/** A report: an article file's frontmatter, references as ids. */
export interface ArticleRecord extends Record<EntityCollection, string[]> {
  id: string;
  title: string;
  summary: string;
  published: string;
  /** The report's language ("ar", "fa"), when it is not the site's. */
  language?: string;
  /** The id of the place the report was filed from. */
  dateline?: string;
  datelineText?: string;
  /** The id of the publishing organization. */
  publisher?: string;
  credits?: string;
  source: ArticleSource;
  cites: OutletCitation[];
  quotes: ReportedQuote[];
  dates: ResolvedDate[];
  draft: boolean;
}

/**
 * The one event order: by first day; a longer span before what starts with it (a visit before its first day);
 * then by id, so every listing is the same from build to build.
 */
export function compareEvents(a: Pick<EventRecord, "id" | "start" | "end">, b: Pick<EventRecord, "id" | "start" | "end">): number {
  return compare(a.start, b.start) || compare(b.end, a.end) || compare(a.id, b.id);
}

/** The one report order: by publication day, then id. */
export function compareArticles(a: Pick<ArticleRecord, "id" | "published">, b: Pick<ArticleRecord, "id" | "published">): number {
  return compare(a.published, b.published) || compare(a.id, b.id);
}

/** Reports newest first: the order of lists and feeds (ties by id, as in `compareArticles`). */
export function compareArticlesNewestFirst(a: Pick<ArticleRecord, "id" | "published">, b: Pick<ArticleRecord, "id" | "published">): number {
  return compare(b.published, a.published) || compare(a.id, b.id);
}

/** Events newest first: the events index (ties as in `compareEvents`). */
export function compareEventsNewestFirst(
  a: Pick<EventRecord, "id" | "start" | "end">,
  b: Pick<EventRecord, "id" | "start" | "end">,
): number {
  return compare(b.start, a.start) || compare(b.end, a.end) || compare(a.id, b.id);
}

/** Code-point order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a report's text comes from, and the chain from its capture to the archive. */
export interface ArticleSource {
  url?: string;
  /** sha256 of the report's text as the ingest read it. */
  sha256: string;
  retrieved?: string;
  file?: string;
  publisherName?: string;
  authors?: string[];
  publishedAt?: string;
  capture?: { uri: string; capturedAt: string; recordId: string; payloadDigest?: string; tool?: string };
  original?: { file: string; sha256: string; bytes: number; kind: "text" | "page" | "warc" | "wacz" | "feed" };
}
