import { sentenceSpans, tenseAt, type Span } from "../dates/tense.ts";
import type { DateMention } from "../dates/resolve-dates.ts";
import type { EventRecord, EventReport } from "../../archive/model.ts";
import type { EntityMention } from "../names/entity-matcher.ts";
import { mentionedIds } from "./mentioned-ids.ts";
import { actionKind, hasTrait } from "./action-kinds.ts";
import { isDemonymOf } from "../names/name-descriptors.ts";
import { eventTitle } from "./event-title.ts";
import { isArabicScript } from "./arabic-script-actions.ts";

/**
 * What a report says happened on a day, before it is matched against the archive's events: the fields of an
 * event record a report can give, its one day, and its event report without the article (whose id the commit decides).
 */
export type ProposedEvent = Pick<EventRecord, "title" | "place" | "people" | "organizations" | "status" | "action"> & {
  date: string;
  /** Every place the sentence names (the event's place is one of them), for matching at any level. */
  places: string[];
  /** The participants the whole report names: who "the two sides" are when the sentence names nobody. */
  reportParties: string[];
  /** Every place the whole report names. */
  reportPlaces: string[];
  /** The places the sentence puts its action in ("in Beirut", "at the ministry in Paris"). */
  settings: string[];
  /** The dated sentence, as the report words it. */
  sentence: string;
  report: Omit<EventReport, "article" | "why">;
};

const FORWARD_RULES = new Set(["weekday-future", "weekday-next", "tomorrow"]);
// A sentence describes an action when it has a finite verb; past forms and common irregular news verbs will do.
const ACTION_VERB =
  /\b(?:[a-z]+ed|said|met|held|began|led|left|made|took|gave|went|came|flew|spoke|told|sent|struck|won|lost|fought|shot|hit|fell|rose|broke|brought|built|sat|stood|saw|found|paid|sold|wrote|drove|ran|set|put|cut|quit|burst|swept|spread|sank|shook|grew|fled|bled)\b/;
// Lines around a report that are not its story: a photo caption, an update stamp (and a byline, BYLINE).
const CAPTION_OR_STAMP =
  /^\s*(?:\(?(?:Photo|Picture|Image|File photo|Caption|Credit)s?\b\s*(?:by\b|:|\)|—|–|-)|(?:Updated|Posted|Published|Last updated|First published)\s*(?:on|at|:))/iu;
const QUOTED = /[“"][^”"]*[”"]|«[^»]*»/g;
const NOTHING_HAPPENED =
  /^\s*(?:No|None of|Nobody|No one|Neither)\b|\b(?:did not|didn't|had not|hadn't|has not|have not|was not|were not|never)\s+(?:been\s+)?\w+ed\b/;
// "By Jane Doe", never "By Sunday evening, the river …".
const BYLINE =
  /^\s*By\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Late|Early)\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and)\s*.*)?$/u;

// Arabic "did not" and "will not" (لم، لن), Persian negated light verbs (امضا نشد، دیدار نکرد).
const NOTHING_HAPPENED_ARABIC_SCRIPT = /(?<![\p{L}\p{M}])[وف]?(?:لم|لن)\s|(?<![\p{L}\p{M}])(?:نشد|نشدند|نکرد|نکردند)(?![\p{L}\p{M}])/u;

/** Whether a sentence reports an action: an English finite verb, or an Arabic or Persian word for a kind of action. */
function describesAction(sentence: string): boolean {
  return isArabicScript(sentence) ? actionKind(sentence) !== undefined : ACTION_VERB.test(sentence);
}

/**
 * The dated sentence, and the span it speaks for: that sentence plus the sentences after it in the paragraph
 * that state no date of their own ("… signed an agreement on Wednesday. The agreement was signed by Bagheri and Ayyoub.").
 */
function sentenceAndContext(paragraph: string, index: number, datedIndexes: readonly number[]): { sentence: Span; context: Span } {
  const spans = sentenceSpans(paragraph);
  const at = spans.findIndex((span) => span.start <= index && index < span.end);
  if (at < 0) return { sentence: { start: 0, end: paragraph.length }, context: { start: 0, end: paragraph.length } };
  let last = at;
  while (last + 1 < spans.length && !datedIndexes.some((i) => i >= spans[last + 1]!.start && i < spans[last + 1]!.end)) last += 1;
  return { sentence: spans[at]!, context: { start: spans[at]!.start, end: spans[last]!.end } };
}

/** Character ranges of quotations: names inside a quote are what someone said, not who took part. */
function quotedRanges(paragraph: string): Span[] {
  return [...paragraph.matchAll(QUOTED)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** A byline: "By Jane Doe", "By Jane Doe and Omar Haddad, July 8". */
export function isByline(paragraph: string): boolean {
  return BYLINE.test(paragraph);
}

/** A byline, photo caption or update stamp: lines around the story, which never state an event. */
export function isOutsideTheStory(paragraph: string): boolean {
  return BYLINE.test(paragraph) || CAPTION_OR_STAMP.test(paragraph);
}

/**
 * Each date a report states in a sentence that describes an action becomes a proposed event, with the
 * people, organizations and place named in that sentence. Outlets the report only cites as sources are not
 * participants. A date after publication, or read in the future tense, in a sentence that announces an action
 * ("will fly back on Saturday") is a plan: a `planned` event the report announced. Bylines, captions and
 * update stamps state no events.
 */
export function proposeEvents(
  paragraphs: readonly string[],
  published: string,
  dates: readonly DateMention[],
  mentions: readonly EntityMention[],
  options: {
    citedOutlets: ReadonlySet<string>;
    cityIds: ReadonlySet<string>;
    nameOf?: (id: string) => string | undefined;
    /** A one-word form the archive knows a person by ("Wang" for Wang Jianhua), when it knows one. */
    shortNameOf?: (id: string) => string | undefined;
  },
): ProposedEvent[] {
  const proposals: ProposedEvent[] = [];
  const reportWide = mentionedIds(mentions.filter((m) => !options.citedOutlets.has(m.id)));
  // How the report itself shortens a person's name ("Wang said" after "Wang Jianhua"), else how the archive
  // knows it shortened, else the last word.
  const shortName = (id: string) => {
    const oneWord = mentions.find((m) => m.id === id && !/\s/.test(m.text) && /\p{Ll}/u.test(m.text))?.text;
    const name = options.nameOf?.(id);
    return oneWord?.replace(/['’]s$/, "") ?? options.shortNameOf?.(id) ?? (name === undefined ? undefined : surname(name));
  };
  for (const date of dates) {
    const planned = FORWARD_RULES.has(date.rule) || date.date > published;
    const text = paragraphs[date.paragraph - 1] ?? "";
    if (isOutsideTheStory(text)) continue;
    const datedIndexes = dates.filter((d) => d.paragraph === date.paragraph).map((d) => d.index);
    const around = sentenceAndContext(text, date.index, datedIndexes);
    const span = around.sentence;
    // "on Thursday, a day after the two countries signed": the counted day's happening is the clause after the phrase.
    // "…, after Iran's military chief arrived in Damascus earlier in the day": the clause before the phrase.
    const clauseStart = Math.max(span.start, text.lastIndexOf(",", date.index) + 1);
    const context =
      date.rule === "interval"
        ? { start: date.index, end: span.end }
        : date.rule === "same-day"
          ? { start: clauseStart, end: date.index + date.text.length }
          : around.context;
    const sentence = text.slice(span.start, span.end);
    // A plan is announced in the future tense ("will fly back", "is expected to report"), as the date resolver reads it.
    const announces = planned && tenseAt(text, { start: date.index, end: date.index + date.text.length }) === "future";
    if (!(announces || (!planned && describesAction(sentence.replace(QUOTED, " "))))) continue;
    // "No casualties had been reported by Sunday evening": a sentence saying nothing happened states no event.
    if (NOTHING_HAPPENED.test(sentence) || NOTHING_HAPPENED_ARABIC_SCRIPT.test(sentence.replace(QUOTED, " "))) continue;
    const quotes = quotedRanges(text);
    const inSentence = mentions.filter(
      (m) =>
        m.paragraph === date.paragraph &&
        m.index >= context.start &&
        m.index < context.end &&
        !quotes.some((q) => m.index >= q.start && m.index < q.end),
    );
    const named = mentionedIds(inSentence.filter((m) => !options.citedOutlets.has(m.id)));
    const { place, settings } = placeOfHappening(text, inSentence, options.cityIds);
    const city = place && options.cityIds.has(place) ? place : undefined;
    // The happening a counted day names is the clause after its phrase: "…, two days after their first meeting broke up".
    const actionSpan = date.rule === "interval" || date.rule === "same-day" ? context : span;
    const action = actionKind(
      text.slice(actionSpan.start, actionSpan.end).replace(QUOTED, (q) => " ".repeat(q.length)),
      date.index - actionSpan.start,
      date.text.length,
    );
    // Countries sign, agree and meet; a statement, a death or an arrival is titled by people or bodies, never places.
    const speakers = hasTrait(action, "between-countries") ? named : { ...named, places: [] };
    const parties = titleParties(speakers, { ...options, shortName }, TWO_SIDES.test(sentence) ? reportWide.places : []);
    // "The delegation will fly back", "her funeral": a journey, death or funeral is titled by the report's first
    // person when the sentence names nobody.
    const traveller = hasTrait(action, "personal") ? reportWide.people.slice(0, 1).flatMap((id) => shortName(id) ?? []) : [];
    const subject = parties.length > 0 ? parties : traveller;
    // A city titles any event; a flood or an evacuation is titled by whatever place it struck.
    const titlePlace = city ?? (hasTrait(action, "placed") ? place : undefined);
    proposals.push({
      date: date.date,
      title: eventTitle({
        ...(action ? { action } : {}),
        parties: subject,
        ...(titlePlace && options.nameOf?.(titlePlace) ? { place: options.nameOf(titlePlace) } : {}),
        sentence: sentence.replace(QUOTED, " "),
      }),
      ...(place ? { place } : {}),
      people: named.people,
      organizations: named.organizations,
      places: named.places,
      reportParties: [...reportWide.people, ...reportWide.organizations],
      reportPlaces: reportWide.places,
      settings,
      sentence,
      ...(action ? { action } : {}),
      status: planned ? "planned" : "happened",
      report: { paragraph: date.paragraph, phrase: date.text, ...(planned ? { announced: true } : {}) },
    });
  }
  return proposals;
}

// "in Lanshui", "at Mehrabad Airport", "from the city of Lanshui": where something happened, not whose it was;
// "dockers from Marseille-Fos" says where people come from.
const LOCATIVE =
  /\b(?:in|at|near|outside|into|inside|across|through|to|(?:from|of) the (?:city|town|village|port|province|region) of)\s+(?:the\s+)?(?:(?:city|town|village|port|capital) of\s+)?$/i;
const POSSESSIVE = /^['’]s\b/;
const TWO_SIDES = /\b(?:the two|both) (?:countries|sides|nations|governments)\b/i;

/**
 * Where the sentence's happening took place: of the places it names, one it puts the action in ("in Lanshui")
 * before one it only names, a city before a country or province, and never a place named as an owner
 * ("Iran's visiting military chief") or an adjective ("the Syrian side") while another is named.
 */
function placeOfHappening(
  paragraph: string,
  mentions: readonly EntityMention[],
  cityIds: ReadonlySet<string>,
): { place: string | undefined; settings: string[] } {
  let best: { id: string; score: number } | undefined;
  const settings: string[] = [];
  for (const mention of mentions) {
    if (mention.type !== "place") continue;
    const locative = LOCATIVE.test(paragraph.slice(Math.max(0, mention.index - 40), mention.index));
    if (locative && !settings.includes(mention.id)) settings.push(mention.id);
    const owner = POSSESSIVE.test(paragraph.slice(mention.index + mention.text.length));
    const score = (locative ? 4 : 0) + (cityIds.has(mention.id) ? 2 : 0) - (owner || isDemonymOf(mention.text, mention.name) ? 8 : 0);
    if (!best || score > best.score) best = { id: mention.id, score };
  }
  return { place: best && best.score > -8 ? best.id : undefined, settings };
}

/** "Bashar al-Assad" → "Assad": how a title names a person. */
function surname(name: string): string {
  return (name.split(/\s+/).at(-1) ?? name).replace(/^(?:al|el)-/i, "");
}

/** Who a title says acted: the people by surname, else the organizations, else the countries the sentence names. */
function titleParties(
  named: Record<"people" | "organizations" | "places", string[]>,
  {
    cityIds,
    nameOf,
    shortName,
  }: { cityIds: ReadonlySet<string>; nameOf?: (id: string) => string | undefined; shortName: (id: string) => string | undefined },
  reportPlaces: readonly string[],
): string[] {
  const names = (ids: readonly string[]) => ids.flatMap((id) => nameOf?.(id) ?? []);
  const people = named.people.flatMap((id) => shortName(id) ?? []);
  if (people.length > 0) return people;
  const organizations = names(named.organizations);
  if (organizations.length > 0) return organizations;
  const countries = names(named.places.filter((id) => !cityIds.has(id)));
  // "The two countries signed": the countries of the whole report (given only for such a sentence).
  return countries.length > 0 ? countries : names(reportPlaces.filter((id) => !cityIds.has(id))).slice(0, 2);
}
