import { resolveDates } from "../dates/resolve-dates.ts";
import type { DateMention } from "../dates/resolve-dates.ts";
import type { EntityMatcher, EntityMention, KnownEntity } from "../names/entity-matcher.ts";
import { findNameCandidates, surnameForms, type NameCandidate } from "../names/name-candidates.ts";
import { collectNewNames, datelineNames, isKnownName, nameKeys, newNameMentions, type NewName } from "../names/new-names.ts";
import { findOutletCitations } from "../quotes/outlet-citations.ts";
import { extractQuotes, type Attribution } from "../quotes/quotes.ts";
import type { RawReport } from "../raw-report/parse-raw-report.ts";
import type { ArticleRecord, ArticleSource } from "../../archive/model.ts";
import { slugify } from "../../archive/slugs.ts";
import { isByline, isOutsideTheStory, proposeEvents, type ProposedEvent } from "./event-proposals.ts";
import { mentionedIds } from "./mentioned-ids.ts";
import { deriveHeadline, firstSentence } from "./headline.ts";
import { withoutBidiControls } from "../../archive/bidi-controls.ts";
import type { ReportLanguage } from "../raw-report/language.ts";

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
  /** The report's language when the caller knows it (`--lang`), instead of telling it from the letters. */
  language?: ReportLanguage;
  /** What a captured document (a saved page, a capture's record, a feed item) says of itself. */
  captured?: CapturedFacts;
}

/** The facts a captured document gives beside its text: its headline, and its source record. */
export interface CapturedFacts {
  headline: string;
  source: Omit<ArticleSource, "sha256">;
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
  /** Names the archive does not know, as compromise and the report's wording find them. */
  candidates: NameCandidate[];
  /** Those names as draft entities to be: the commit gives each an id and writes (or extends) its file. */
  newNames: NewName[];
  events: ProposedEvent[];
  analysis: ReportAnalysis;
}

/**
 * What drafting reads from a report with the expensive tools (chrono-node, compromise, the matcher), kept
 * in the draft so the commit can assemble it again when drafts made earlier in the batch name more of it.
 */
export interface ReportAnalysis {
  report: Pick<RawReport, "paragraphs" | "published" | "dateline" | "credits" | "sha256" | "language">;
  knownMentions: EntityMention[];
  /** Paragraphs whose names are not the report's (bylines). */
  skipped: number[];
  candidates: NameCandidate[];
  /** The dateline's place when the archive knows it. */
  knownDateline: string | null;
  /** What the dateline names that the archive does not know. */
  datelineNames: NewName[];
  dates: DateMention[];
  outletCitations: ArticleFrontmatter["cites"];
  /** Citations of outlets the archive does not know: the outlet's name as written, for the new names to settle. */
  unknownOutletCitations: Array<{ name: string; paragraph: number; phrase: string }>;
  quotes: Array<Omit<ArticleFrontmatter["quotes"][number], "speaker" | "speakerName"> & { speaker?: string; speakerName?: string }>;
  options: { publisher?: string; sourceUrl?: string; sourceFile?: string; captured?: CapturedFacts };
}

/** Turns a parsed raw report into an article draft: metadata, resolved dates, linked names, quotes, events. */
export function draftArticle(report: RawReport, context: DraftContext): ArticleDraft {
  const { matcher, entities } = context;
  const idOfType = (attribution: Attribution | null, type: KnownEntity["type"]) =>
    attribution?.id && entities.get(attribution.id)?.type === type ? attribution.id : undefined;
  const { paragraphs, published } = report;
  const knownMentions = matcher.match(paragraphs);
  // A byline's names are the report's authors, not what it reports.
  const skipped = paragraphs.flatMap((text, i) => (isByline(text) ? [i + 1] : []));
  const isKnown = (type: KnownEntity["type"], text: string) => isKnownName(entities, type, text);
  const candidates = findNameCandidates(paragraphs, knownMentions, { skipped: new Set(skipped), isKnown });
  const fromDateline = datelineNames(report.dateline, report.datelineParagraph ?? 1, matcher, isKnown);
  const resolve = matcher.resolverFor(paragraphs);
  const found = findOutletCitations(paragraphs, resolve);
  const outletCitations = found.flatMap((c) => {
    const outlet = idOfType(c.outlet, "organization");
    return outlet ? [{ outlet, paragraph: c.paragraph, phrase: c.phrase }] : [];
  });
  const unknownOutletCitations = found.flatMap((c) =>
    c.outlet.id === undefined || c.outlet.id === null ? [{ name: c.outlet.name, paragraph: c.paragraph, phrase: c.phrase }] : [],
  );
  const quotes = extractQuotes(paragraphs, resolve).map((q) => {
    const speaker = idOfType(q.speaker, "person");
    return {
      text: q.text,
      paragraph: q.paragraph,
      ...(speaker ? { speaker } : q.speaker ? { speakerName: q.speaker.name } : {}),
      reportedBy: q.reportedBy.flatMap((r) => idOfType(r, "organization") ?? []),
    };
  });
  const { dateline, credits, sha256 } = report;
  const language = context.language ? { language: context.language } : report.language;
  const analysis: ReportAnalysis = {
    report: { paragraphs, published, dateline, credits, sha256, language },
    knownMentions,
    skipped,
    candidates,
    knownDateline: fromDateline.place,
    datelineNames: fromDateline.names,
    dates: resolveDates(paragraphs, published),
    outletCitations,
    unknownOutletCitations,
    quotes,
    options: {
      publisher: context.publisher,
      sourceUrl: context.sourceUrl,
      sourceFile: context.sourceFile,
      ...(context.captured ? { captured: context.captured } : {}),
    },
  };
  return assembleDraft(analysis, context);
}

/**
 * Builds the draft from an analysis: the new names and where the report names them, the frontmatter and the
 * events. `more` are mentions of entities the analysis did not know (drafts an earlier report of the batch made).
 */
export function assembleDraft(
  analysis: ReportAnalysis,
  environment: Pick<DraftEnvironment, "entities" | "cityIds">,
  more: readonly EntityMention[] = [],
): ArticleDraft {
  const { report, skipped, dates, options } = analysis;
  const { paragraphs, published } = report;
  const overlaps = (m: EntityMention, others: readonly EntityMention[]) =>
    others.some((k) => k.paragraph === m.paragraph && k.index < m.index + m.text.length && m.index < k.index + k.text.length);
  const knownMentions = [...analysis.knownMentions, ...more.filter((m) => !overlaps(m, analysis.knownMentions))];
  // A candidate that is a draft of `more` becomes a new name with no mentions of its own; the commit finds its draft by key.
  const { candidates } = analysis;
  const newNames = collectNewNames(candidates, analysis.datelineNames);
  const mentions = [...knownMentions, ...newNameMentions(paragraphs, newNames, knownMentions, new Set(skipped))].sort(
    (a, b) => a.paragraph - b.paragraph || a.index - b.index,
  );
  const provisional = new Map(newNames.map((name) => [name.id, name]));
  // An outlet or a speaker the archive did not know is one of the report's new names, or a draft made earlier in the batch.
  const newIdOf = (type: KnownEntity["type"], written: string): string | undefined => {
    const keys = new Set(nameKeys(type, [written]));
    const fits = (forms: readonly string[]) => nameKeys(type, forms).some((key) => keys.has(key));
    return (
      newNames.find((name) => name.type === type && fits(name.forms))?.id ??
      more.find((m) => m.type === type && (fits([m.text]) || fits([m.name])))?.id
    );
  };
  const outletCitations = [
    ...analysis.outletCitations,
    ...analysis.unknownOutletCitations.flatMap(({ name, paragraph, phrase }) => {
      const outlet = newIdOf("organization", name);
      return outlet ? [{ outlet, paragraph, phrase }] : [];
    }),
  ].sort((a, b) => a.paragraph - b.paragraph);
  const nameOf = (id: string) => environment.entities.get(id)?.name ?? provisional.get(id)?.name;
  const dateline = analysis.knownDateline ?? newNames.find((name) => name.kind === "city")?.id ?? null;
  // The lede is the first paragraph of the story: a byline, a caption or a stamp before it is not.
  const lede = paragraphs.find((text) => !isOutsideTheStory(text) && /(?:\p{Ll}|\p{Script=Arabic}).*\s/u.test(text)) ?? paragraphs[0]!;
  // A bidirectional control in the text stays in the body (shown inert there), never in a title or a file name.
  const title = withoutBidiControls(options.captured?.headline || deriveHeadline(lede));
  const frontmatter: ArticleFrontmatter = {
    title,
    summary: withoutBidiControls(firstSentence(lede)),
    published,
    ...(report.language.language && report.language.language !== "en" ? { language: report.language.language } : {}),
    dateline,
    ...(report.dateline ? { datelineText: withoutBidiControls(report.dateline.text) } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(report.credits ? { credits: withoutBidiControls(report.credits) } : {}),
    source: {
      ...(options.sourceUrl ? { url: options.sourceUrl } : {}),
      sha256: report.sha256,
      ...(options.sourceFile ? { file: withoutBidiControls(options.sourceFile) } : {}),
      ...options.captured?.source,
    },
    ...mentionedIds(mentions, { organizations: options.publisher, places: dateline }),
    cites: outletCitations,
    quotes: analysis.quotes.map((q) => {
      const { speakerName, ...quote } = q;
      const speaker = speakerName === undefined ? undefined : newIdOf("person", speakerName);
      return speakerName === undefined ? quote : speaker ? { ...quote, speaker } : { ...quote, speakerName };
    }),
    dates: dates.map(({ text, date, paragraph, rule }) => ({ text, date, paragraph, rule })),
    draft: true,
  };
  const events = proposeEvents(paragraphs, published, dates, mentions, {
    citedOutlets: new Set(outletCitations.map((c) => c.outlet)),
    cityIds: new Set([...environment.cityIds, ...newNames.filter((name) => name.kind === "city").map((name) => name.id)]),
    nameOf,
    // The one-word form of a name (first or last word) the archive already holds as an alias: "Wang".
    shortNameOf: (id) => {
      const short = surnameForms(nameOf(id) ?? "");
      return (environment.entities.get(id)?.aliases ?? provisional.get(id)?.forms ?? []).find((form) => short.includes(form));
    },
  });
  return {
    // A lede in another script gives no Latin slug; the day and the text's hash still name the report.
    slug: slugify(title) || `report-${published}-${report.sha256.slice(0, 8)}`,
    frontmatter,
    paragraphs,
    dates,
    mentions,
    candidates,
    newNames,
    events,
    analysis,
  };
}
