import { resolveDates } from "../dates/resolve-dates.ts";
import type { DateMention } from "../dates/resolve-dates.ts";
import type { EntityMatcher, EntityMention, KnownEntity } from "../names/entity-matcher.ts";
import { findNameCandidates, type NameCandidate } from "../names/name-candidates.ts";
import { findOutletCitations } from "../quotes/outlet-citations.ts";
import { extractQuotes, type Attribution } from "../quotes/quotes.ts";
import type { RawReport } from "../raw-report/parse-raw-report.ts";
import type { ArticleRecord } from "../../archive/model.ts";
import { slugify } from "../../archive/slugs.ts";
import { proposeEvents, type ProposedEvent } from "./event-proposals.ts";
import { mentionedIds } from "./mentioned-ids.ts";
import { deriveHeadline, firstSentence } from "./headline.ts";

/** What drafting needs to know of the archive: the entities to match and which places are cities. */
export interface DraftEnvironment {
  matcher: EntityMatcher;
  /** Every known entity by id. */
  entities: ReadonlyMap<string, KnownEntity>;
  /** Ids of places that are cities, preferred as an event's place. */
  cityIds: ReadonlySet<string>;
}

/** What the command line says of the reports themselves. */
export interface DraftOptions {
  /** Organization id of the publisher, when the caller knows it. */
  publisher?: string;
  /** The address of the original report (one input only). */
  sourceUrl?: string;
}

/** Archive facts and report facts an article draft is built against. */
export interface DraftContext extends DraftEnvironment, DraftOptions {
  /** The raw file's name. */
  sourceFile?: string;
}

/**
 * The frontmatter the ingest writes: the report's record without its id (the file name gives it), and with
 * `dateline: null` written out when no place of the archive was recognised.
 */
export type ArticleFrontmatter = Omit<ArticleRecord, "id" | "dateline"> & { dateline: string | null };

export interface ArticleDraft {
  slug: string;
  frontmatter: ArticleFrontmatter;
  paragraphs: string[];
  dates: DateMention[];
  mentions: EntityMention[];
  /** Names the archive does not know, for an editor to add or ignore. */
  candidates: NameCandidate[];
  events: ProposedEvent[];
}

/** "TEHRAN" → the place Tehran; "BEIRUT, LEBANON" → Beirut. Null when the archive does not know the place. */
function datelinePlace(report: RawReport, matcher: EntityMatcher): string | null {
  if (!report.dateline) return null;
  const first = report.dateline.place.split(",")[0]!.trim();
  const titleCase = first.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
  const place = matcher.resolve(titleCase) ?? matcher.resolve(first);
  return place?.type === "place" ? place.id : null;
}

/** Turns a parsed raw report into an article draft: metadata, resolved dates, linked names, quotes, events. */
export function draftArticle(report: RawReport, context: DraftContext): ArticleDraft {
  const { matcher, entities } = context;
  const idOfType = (attribution: Attribution | null, type: KnownEntity["type"]) =>
    attribution?.id && entities.get(attribution.id)?.type === type ? attribution.id : undefined;
  const { paragraphs, published } = report;
  const mentions = matcher.match(paragraphs);
  const resolve = matcher.resolverFor(paragraphs);
  const dates = resolveDates(paragraphs, published);
  const outletCitations = findOutletCitations(paragraphs, resolve).flatMap((c) => {
    const outlet = idOfType(c.outlet, "organization");
    return outlet ? [{ outlet, paragraph: c.paragraph, phrase: c.phrase }] : [];
  });
  const quotes = extractQuotes(paragraphs, resolve);
  const dateline = datelinePlace(report, matcher);
  const title = deriveHeadline(paragraphs[0]!);
  const frontmatter: ArticleFrontmatter = {
    title,
    summary: firstSentence(paragraphs[0]!),
    published,
    dateline,
    ...(report.dateline ? { datelineText: report.dateline.text } : {}),
    ...(context.publisher ? { publisher: context.publisher } : {}),
    ...(report.credits ? { credits: report.credits } : {}),
    source: {
      ...(context.sourceUrl ? { url: context.sourceUrl } : {}),
      sha256: report.sha256,
      ...(context.sourceFile ? { file: context.sourceFile } : {}),
    },
    ...mentionedIds(mentions, { organizations: context.publisher, places: dateline }),
    cites: outletCitations,
    quotes: quotes.map((q) => {
      const speaker = idOfType(q.speaker, "person");
      return {
        text: q.text,
        paragraph: q.paragraph,
        ...(speaker ? { speaker } : q.speaker ? { speakerName: q.speaker.name } : {}),
        reportedBy: q.reportedBy.flatMap((r) => idOfType(r, "organization") ?? []),
      };
    }),
    dates: dates.map(({ text, date, paragraph, rule }) => ({ text, date, paragraph, rule })),
    draft: true,
  };
  const events = proposeEvents(paragraphs, published, dates, mentions, {
    citedOutlets: new Set(outletCitations.map((c) => c.outlet)),
    cityIds: context.cityIds,
    nameOf: (id) => entities.get(id)?.name,
  });
  return {
    // A lede in another script gives no Latin slug; the day and the text's hash still name the report.
    slug: slugify(title) || `report-${published}-${report.sha256.slice(0, 8)}`,
    frontmatter,
    paragraphs,
    dates,
    mentions,
    candidates: findNameCandidates(paragraphs, mentions),
    events,
  };
}
