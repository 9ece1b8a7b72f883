import type { Tense } from "../../archive/model.ts";

export interface Span {
  start: number;
  end: number;
}

interface Cue {
  index: number;
  tense: Tense;
}

// A single full stop after these ends an abbreviation, not a sentence: "Maj. Gen. Bagheri", "Jan. 5", "U.S.".
const ABBREVIATION_AT_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Maj|Lt|Col|Capt|Sgt|Adm|Brig|Cmdr|Gov|Sen|Rep|Rev|Prof|St|No|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs)|(?:^|[\s(])(?:[A-Z]\.)*[A-Z])\.$/;
// Arabic script has no capitals: a full stop or question mark (؟) before an Arabic letter also ends a sentence.
const SENTENCE_BOUNDARY = /([.!?؟]+)["”’')\]»]*\s+(?=["“‘'([«]?[A-Z0-9\u0600-\u06ff])/g;
// Commas, quotes, brackets and spaced dashes close a clause; the hyphen inside "July 7-9" does not.
const CLAUSE_BOUNDARY = /[,;:()“”"،؛«»]|\s[-–—]\s/g;

const FUTURE_CUES = [
  // "will" as a modal, not "the will of the people".
  /(?<!\b(?:the|a|his|her|their|its|own|good|political|free|popular)\s)\b(?:will|shall|would|won['’]t|wouldn['’]t)\b(?!\s+of\b)/gi,
  /\b\w+['’]ll\b/gi,
  /\b(?:is|are|am|['’]s|['’]re)\s+(?:(?:not|also|still|now)\s+)?(?:(?:due|expected|scheduled|set|slated|going|poised|planning|likely)\s+(?:to|for)|to\s+(?:be\s+)?[a-z]+)\b/gi,
  /\b(?:plans?|planning|intends?)\s+to\b/gi,
  // Headline style, "Talks set to resume on Monday"; "was set to" is the past.
  /(?<!\b(?:was|were|had been)\s)\b(?:set|slated|poised)\s+to\b/gi,
];

/** Arabic and Persian verb forms that are never a word's inside: a letter may not touch them. */
const arabicScript = (words: string) =>
  new RegExp(`(?<![\\p{L}\\p{M}\\u200c\\u200d])[وف]?(?:${words})(?![\\p{L}\\p{M}\\u200c\\u200d])`, "gu");

// "سوف", "من المقرر أن", the future prefix on common news verbs; Persian "خواهد" (will) and "قرار است" (is to).
FUTURE_CUES.push(
  arabicScript(
    "سوف|من المقرر|من المتوقع|يعتزم|تعتزم|يتوقع|سيتم|ستتم|سيعود|ستعود|سيزور|ستزور|سيلتقي|ستلتقي|سيوقع|ستوقع|سيصل|ستصل|سيغادر|ستغادر|سيعقد|ستعقد|سيبدأ|ستبدأ",
  ),
  arabicScript("خواهم|خواهی|خواهد|خواهیم|خواهید|خواهند|قرار است|قرار هست"),
  // Any Arabic verb with the future prefix: سيستقبل، ستعقد (not سياسة، سيارة، سيول، ستة، ستين).
  /(?<![\p{L}\p{M}])[وف]?س[يت](?!اس|ار|اد|طر|ول|ين|ة|ه)\p{L}{3,}/gu,
);

const PAST_CUES = [
  // Common finite past forms of news verbs; after "be", "to" or a modal they are passives or infinitives instead.
  /(?<!\b(?:be|been|being|is|are|am|to|will|would|shall|['’]s|['’]re|get|gets|got)\s)\b(?:was|were|had|did|said|told|announced|stated|added|reported|confirmed|declared|denied|warned|wrote|tweeted|claimed|noted|insisted|explained|revealed|urged|visited|arrived|met|signed|held|left|returned|launched|killed|attacked|struck|began|ended|agreed|took|gave|made|went|came|flew|spoke|died|received|hosted|opened|discussed|issued|rejected|condemned|accused|fired|carried|conducted|concluded|started|resumed|sent|published|released)\b/gi,
  // A regular past form straight after a name or pronoun, "Syria signed", "who landed"; not "the armed forces".
  /(?<=(?<!\b(?:The|A|An|This|These|Those|Its|His|Her|Their|Our|Some|All)\s)\b(?:[A-Z][\w-]*|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Ww]ho|[Ww]hich|[Tt]hat)\s)[a-z]+ed\b/g,
  // Past forms of Arabic and Persian news verbs.
  arabicScript(
    "وقع|وقعت|وقعا|التقى|التقت|زار|زارت|وصل|وصلت|قال|قالت|أعلن|أعلنت|أكد|أكدت|غادر|غادرت|عقد|عقدت|أضاف|أضافت|اجتمع|اجتمعت|بحث|بحثت|استقبل|استقبلت|كان|كانت",
  ),
  arabicScript("کرد|کردند|شد|شدند|بود|بودند|گفت|گفتند|افزود|رسید|رسیدند|رفت|آمد|داشت|دیدار کرد|امضا کرد|امضا کردند"),
];

/** The sentences of a paragraph, as character spans. */
export function sentenceSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const boundary of paragraph.matchAll(SENTENCE_BOUNDARY)) {
    const singleFullStop = boundary[1] === ".";
    if (singleFullStop && ABBREVIATION_AT_END.test(paragraph.slice(start, boundary.index + 1))) continue;
    const end = boundary.index + boundary[0].length;
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: paragraph.length });
  return spans;
}

function clauseAround(paragraph: string, sentence: Span, phrase: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const boundary of paragraph.slice(sentence.start, sentence.end).matchAll(CLAUSE_BOUNDARY)) {
    const at = sentence.start + boundary.index;
    if (at < phrase.start) start = at + boundary[0].length;
    else if (at >= phrase.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

function cuesIn(paragraph: string, sentence: Span): Cue[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const found = (patterns: RegExp[], tense: Tense): Cue[] =>
    patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ index: sentence.start + match.index, tense })));
  return [...found(FUTURE_CUES, "future"), ...found(PAST_CUES, "past")].sort((a, b) => a.index - b.index);
}

function nearestCue(cues: Cue[], phrase: Span): Cue | undefined {
  return cues.filter((cue) => cue.index < phrase.start).at(-1) ?? cues.find((cue) => cue.index >= phrase.end);
}

/**
 * The tense governing a date phrase. A sentence can mix tenses ("Bagheri, who visited Damascus on
 * Tuesday, will return on Saturday"), so the nearest tense cue in the phrase's own clause decides,
 * preferring one before the phrase; a clause without a cue ("On Saturday, ...") takes the nearest in
 * the sentence; a sentence without one reads as past, the tense of reporting.
 */
export function tenseAt(paragraph: string, phrase: Span): Tense {
  const sentence = sentenceSpans(paragraph).find((span) => phrase.start < span.end) ?? {
    start: 0,
    end: paragraph.length,
  };
  const clause = clauseAround(paragraph, sentence, phrase);
  const cues = cuesIn(paragraph, sentence).filter((cue) => cue.index < phrase.start || cue.index >= phrase.end);
  const inClause = cues.filter((cue) => cue.index >= clause.start && cue.index < clause.end);
  return (nearestCue(inClause, phrase) ?? nearestCue(cues, phrase))?.tense ?? "past";
}
