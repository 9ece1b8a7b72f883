import { arabicScriptStems, isArabicScript } from "./arabic-script-actions.ts";

/**
 * What a kind of action says about its happening, beyond its words:
 * - `journey`: it names where it starts and ends ("left Damascus for Tehran"), so it is not held to one place;
 * - `personal`: it is one person's (a journey, a death, a funeral), titled by the report's person when the sentence names nobody;
 * - `once`: a story has it once, so the same one with the same parties on another day is a contradiction;
 * - `placed`: a place alone can title it ("Floods in Lanshui");
 * - `between-countries`: countries can be its parties ("Iran and Syria sign agreement").
 */
export type ActionTrait = "journey" | "personal" | "once" | "placed" | "between-countries";

interface ActionKind {
  kind: string;
  /** The word stems that name it, in the forms wires use (signed, signs, signing, sign; the pact, the deal). */
  stems: RegExp;
  traits: readonly ActionTrait[];
}

/**
 * The kinds of action a sentence can report, from its verb or the noun of its object: a signing and a meeting on
 * the same day are two events, two reports of one signing are one. The more telling kinds come first and win a
 * tie: a sentence that signs and says is a signing; "a deal reached" is an agreement. Arabic and Persian words for
 * each kind are in `arabic-script-actions.ts`.
 */
const ENGLISH_ACTION_KINDS: readonly ActionKind[] = [
  {
    kind: "agreement",
    stems: /\b(?:agree[sd]?|reached|(?:deal|agreement|accord) (?:was )?(?:reached|struck)|struck (?:a|an) (?:deal|agreement))\b/gi,
    traits: ["between-countries"],
  },
  {
    kind: "signing",
    stems: /\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|agreement|accord|pact|deal|memorandum|treaty)\b/gi,
    traits: ["once", "between-countries"],
  },
  { kind: "earthquake", stems: /\b(?:earthquakes?|quakes?|aftershocks?|tremors?|temblors?|shook|jolted|rocked)\b/gi, traits: ["placed"] },
  { kind: "funeral", stems: /\b(?:funerals?|buried|burial|laid to rest)\b/gi, traits: ["personal", "once"] },
  { kind: "death", stems: /\b(?:killed|died|dead|death)\b/gi, traits: ["personal", "once"] },
  // "The earthquake that struck Sipaghat" is the earthquake's verb, not a strike; dockers "walked off the job".
  {
    kind: "strike",
    stems:
      /\b(?:(?<!(?:quake|shock|storm|cyclone|typhoon|hurricane|flood|floods|tremor)\s+(?:that\s+|which\s+)?)(?:str(?:uck|ike|ikes)|hit)|air ?strikes?|bomb(?:ed|ing|s)?|shell(?:ed|ing)|attack(?:ed|s)?|raid(?:ed|s)?|walked off the job|walkout|went on strike)\b/gi,
    traits: ["placed"],
  },
  {
    kind: "flood",
    stems: /\b(?:flood(?:s|ed|ing|waters?)?|inundat\w+|burst (?:its|their) banks|overflow(?:s|ed|ing)?)\b/gi,
    traits: ["placed"],
  },
  { kind: "evacuation", stems: /\b(?:evacuat(?:e|es|ed|ing|ion)|relocated|moved from their homes)\b/gi, traits: ["placed"] },
  { kind: "election", stems: /\b(?:elect(?:ed|ion)|vot(?:e|ed|ing))\b/gi, traits: ["once", "placed", "between-countries"] },
  { kind: "arrival", stems: /\b(?:arriv(?:e|es|ed|al|ing)|landed|lands?)\b/gi, traits: ["journey", "personal", "once"] },
  {
    kind: "departure",
    stems: /\b(?:left|leaves?|depart(?:s|ed|ure)?|fl(?:ew|ies|y) (?:back|home)|returned|returns?)\b/gi,
    traits: ["journey", "personal", "once"],
  },
  // "Assad told Bagheri": words between two people in the room; "told reporters" or an outlet is a statement.
  {
    kind: "meeting",
    stems:
      /\b(?:me(?:et|ets|eting|t)|talks|forum|summit|conference|host(?:s|ed)?|receive[sd]?|conferred|held (?:talks|a meeting)|told(?!\s+(?:\w+\s+)?(?:reporters|journalists|the press|parliament|lawmakers|state (?:television|media|radio)|(?:a|the) (?:news|press) conference|(?:the )?(?:\p{Lu}\w* )?(?:news agency|newspaper|daily|television|radio))))\b/giu,
    traits: ["between-countries"],
  },
  // "Iran's visiting military chief" is who, not what: a participle after a possessive or article is no visit.
  {
    kind: "visit",
    stems: /\b(?:visit(?:s|ed)?|(?<!(?:['’]s|\bthe|\ba|\bhis|\bher|\btheir)\s)visiting|tour(?:s|ed)?)\b/gi,
    traits: ["journey", "personal"],
  },
  { kind: "statement", stems: /\b(?:said|says|stated|told|announced|declared|statement|warned|urged|condemned)\b/gi, traits: [] },
];

/** Each kind's stems, English and Arabic-script, in one expression. */
const ACTION_KINDS: readonly ActionKind[] = ENGLISH_ACTION_KINDS.map((kind) => {
  const arabic = arabicScriptStems(kind.kind);
  if (!arabic) return kind;
  const flags = kind.stems.flags.includes("u") ? kind.stems.flags : `${kind.stems.flags}u`;
  return { ...kind, stems: new RegExp(`${kind.stems.source}|${arabic}`, flags) };
});

/** Each kind's stems without the global flag: whether a text names the kind at all. */
const namesKind = (kinds: readonly ActionKind[]) =>
  new Map(kinds.map(({ kind, stems }) => [kind, new RegExp(stems.source, stems.flags.replace("g", ""))]));
const NAMES_KIND = namesKind(ACTION_KINDS);
const NAMES_ENGLISH_KIND = namesKind(ENGLISH_ACTION_KINDS);
/** A text with no Arabic letter is read with the English words alone, which is three times quicker. */
const ARABIC_LETTER = /[\u0600-\u06ff]/;
const RANK = new Map(ACTION_KINDS.map(({ kind }, i) => [kind, i]));
const TRAITS = new Map(ACTION_KINDS.map(({ kind, traits }) => [kind, new Set(traits)]));

/** Whether a kind of action has a trait (`journey`, `once`, …); no kind has none. */
export function hasTrait(kind: string | undefined, trait: ActionTrait): boolean {
  return kind !== undefined && (TRAITS.get(kind)?.has(trait) ?? false);
}

// The date right after a verb of saying is the day of the saying: "Shekarchi said on Friday", "issued a statement on Monday".
const SAID_ON =
  /\b(?:said|says|stated|announced|declared|statement|warned|urged|condemned|told (?:\w+ )?(?:reporters|journalists|parliament|state television))(?:\s+(?:late|early))?\s+(?:on\s+|late\s+|early\s+)?$/i;

// A verb of saying: what follows its "that" is what was said, not the action of the day.
const SAYING = /\b(?:said|says|stated|announced|declared|told)\b/i;
// A statement made during a meeting belongs to the meeting: "said on Thursday …, during a meeting with".
const MEETING_SETTING = /\b(?:during|at|in)\s+(?:a|the|his|her|their|its)\s+(?:meeting|talks)\b|\bduring\s+talks\b/i;

/** Kinds that can name one happening: an agreement is reached at a meeting or at a signing, but a meeting is no signing. */
const SAME_HAPPENING: Record<string, readonly string[]> = {
  agreement: ["signing", "meeting"],
  signing: ["agreement"],
  meeting: ["agreement"],
};

/** Whether two kinds of action can be one happening: the same kind, or an agreement and the meeting or signing that made it. */
export function sameHappening(a: string, b: string): boolean {
  return a === b || (SAME_HAPPENING[a]?.includes(b) ?? false);
}

/**
 * The action a sentence (or an event title) reports: of the kinds it names, the one whose word stands nearest
 * the date phrase (`at`, a character index in `text`), the more telling kind on a tie; undefined when it names none.
 */
export function actionKind(text: string, at = 0, phraseLength = 0): string | undefined {
  const kind = nearestKind(text, at, phraseLength);
  return kind === "statement" && MEETING_SETTING.test(text) ? "meeting" : kind;
}

// Where a later clause begins: "on Monday as the flood crest passed", "on Wednesday and is expected to meet".
const CLAUSE_BREAK = /[,;،؛]|\b(?:and|but|as|after|while|when|because|since|before|following|whereas)\b/i;

// Words that name no action of the day: "ended without agreement", "the death toll rose".
const NO_ACTION = /\bwithout (?:an? |any )?(?:agreement|deal|accord)\b|\bdeath toll\b/gi;

const EARLIER_CLAUSE = /[;؛]|\b(?:and|but)\s+(?:is|are|was|were|will|has|have|had|then|later)\b/i;

function nearestKind(fullText: string, at: number, phraseLength: number): string | undefined {
  if (at > 0 && SAID_ON.test(fullText.slice(Math.max(0, at - 60), at))) return "statement";
  const text = withoutReportedSpeech(fullText, at).replace(NO_ACTION, (words) => " ".repeat(words.length));
  let best: { kind: string; distance: number } | undefined;
  // "said" frames what a report says happened: a sentence is a statement only when it names no other action.
  const arabic = ARABIC_LETTER.test(text);
  const [all, names] = arabic ? [ACTION_KINDS, NAMES_KIND] : [ENGLISH_ACTION_KINDS, NAMES_ENGLISH_KIND];
  const kinds = all.filter(({ kind }) => kind !== "statement" && names.get(kind)!.test(text));
  for (const { kind, stems } of kinds.length > 0 ? kinds : all) {
    for (const match of text.matchAll(stems)) {
      // A verb governs the date that follows it in its clause; a word after the date and past a comma belongs to another clause.
      // A word before the date and an "and" or ";" away is the verb of the clause before ("will leave on Thursday and address a forum on Friday").
      // Persian puts the verb after its date and Arabic starts a new clause after a comma, so there a comma also
      // ends the clause of a word before the date ("باقری که سه‌شنبه وارد دمشق شده بود، روز پنجشنبه … دیدار کرد").
      const between = match.index < at ? text.slice(match.index + match[0].length, at) : "";
      const laterClause =
        (match.index > at && CLAUSE_BREAK.test(text.slice(at + phraseLength, match.index))) ||
        (match.index < at && (EARLIER_CLAUSE.test(between) || (arabic && isArabicScript(text) && /[,،]/.test(between))));
      const distance = Math.abs(match.index - at) + (laterClause ? text.length : 0);
      const better = !best || distance < best.distance || (distance === best.distance && RANK.get(kind)! < RANK.get(best.kind)!);
      if (better) best = { kind, distance };
    }
  }
  return best?.kind;
}

/** The text with what a saying verb reports ("said on Thursday that the agreement …") blanked past the date. */
function withoutReportedSpeech(text: string, at: number): string {
  const that = /\bthat\b/gi;
  that.lastIndex = at;
  const found = that.exec(text);
  if (!found || !SAYING.test(text.slice(0, found.index))) return text;
  return text.slice(0, found.index) + " ".repeat(text.length - found.index);
}
