/**
 * The kind of action a sentence reports, from its verb or the noun of its object: a signing and a meeting on
 * the same day are two events, two reports of one signing are one. Each kind lists the word stems that name it,
 * in the forms wires use (signed, signs, signing, sign; the pact, the deal).
 */
const ACTION_WORDS: ReadonlyArray<readonly [kind: string, stems: RegExp]> = [
  ["signing", /\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|agreement|accord|pact|deal|memorandum|treaty)\b/gi],
  ["meeting", /\b(?:me(?:et|ets|eting|t)|talks|hosted|received|conferred|held (?:talks|a meeting))\b/gi],
  ["arrival", /\b(?:arriv(?:e|es|ed|al|ing)|landed|lands?)\b/gi],
  ["departure", /\b(?:left|leaves?|depart(?:s|ed|ure)?|fl(?:ew|ies|y) (?:back|home)|returned|returns?)\b/gi],
  ["visit", /\b(?:visit(?:s|ed|ing)?|tour(?:s|ed)?)\b/gi],
  ["strike", /\b(?:str(?:uck|ike|ikes)|air ?strikes?|bomb(?:ed|ing|s)?|shell(?:ed|ing)|attack(?:ed|s)?|raid(?:ed|s)?)\b/gi],
  ["death", /\b(?:killed|died|dead|death)\b/gi],
  ["flood", /\b(?:flood(?:s|ed|ing|waters?)?|inundat\w+|burst (?:its|their) banks|overflow(?:s|ed|ing)?)\b/gi],
  ["evacuation", /\b(?:evacuat(?:e|es|ed|ing|ion)|relocated|moved from their homes)\b/gi],
  ["election", /\b(?:elect(?:ed|ion)|vot(?:e|ed|ing))\b/gi],
  ["statement", /\b(?:said|says|stated|told|announced|declared|statement|warned|urged|condemned)\b/gi],
];

/** The kinds that say more than the rest: a sentence that signs and says is a signing. */
const MOST_TELLING = [
  "signing",
  "death",
  "strike",
  "flood",
  "evacuation",
  "election",
  "arrival",
  "departure",
  "meeting",
  "visit",
  "statement",
];

/**
 * The action a sentence (or an event title) reports: of the kinds it names, the one whose word stands nearest
 * the date phrase (`at`, a character index in `text`), the more telling kind on a tie; undefined when it names none.
 */
// The date right after a verb of saying is the day of the saying: "Shekarchi said on Friday", "issued a statement on Monday".
const SAID_ON =
  /\b(?:said|says|stated|announced|declared|statement|warned|urged|condemned|told (?:\w+ )?(?:reporters|journalists|parliament|state television))(?:\s+(?:late|early))?\s+(?:on\s+|late\s+|early\s+)?$/i;

export function actionKind(text: string, at = 0): string | undefined {
  if (at > 0 && SAID_ON.test(text.slice(Math.max(0, at - 60), at))) return "statement";
  let best: { kind: string; distance: number } | undefined;
  // "said" frames what a report says happened: a sentence is a statement only when it names no other action.
  const kinds = ACTION_WORDS.filter(([kind, stems]) => kind !== "statement" && new RegExp(stems.source, "i").test(text));
  for (const [kind, stems] of kinds.length > 0 ? kinds : ACTION_WORDS) {
    for (const match of text.matchAll(stems)) {
      // A verb governs the date that follows it in its clause; a word after the date and past a comma belongs to another clause.
      const laterClause = match.index > at && /[,;]/.test(text.slice(at, match.index));
      const distance = Math.abs(match.index - at) + (laterClause ? text.length : 0);
      const better =
        !best || distance < best.distance || (distance === best.distance && MOST_TELLING.indexOf(kind) < MOST_TELLING.indexOf(best.kind));
      if (better) best = { kind, distance };
    }
  }
  return best?.kind;
}
