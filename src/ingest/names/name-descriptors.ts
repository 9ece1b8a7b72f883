// Capitalised words that may stand right before a surname without being part of the name.
// Anything else capitalised there ("Ahmad Bagheri", "Hafez al-Assad") is someone's given name,
// so the surname alone must not be read as a known person who shares it.

const TITLES = new Set(
  (
    "admiral adm ambassador ayatollah bishop brigadier capt captain cardinal chairman chairwoman chief col colonel " +
    "commander defence defense deputy director dr emir envoy foreign gen general governor haj hajj hojatoleslam " +
    "imam interior judge justice king lieutenant lt maj major marshal mayor minister miss mr mrs ms mufti mullah " +
    "officer patriarch pm pope premier president prime prince princess prof professor queen rabbi rep representative sayyed " +
    "sayyid secretary sen senator sergeant seyed seyyed sgt sheikh shaikh sir speaker spokesman spokesperson " +
    "spokeswoman sultan vice"
  ).split(" "),
);

const DEMONYMS = new Set(
  (
    "afghan american arab bahraini british chinese egyptian emirati european french german iranian iraqi israeli " +
    "jordanian kurdish kuwaiti lebanese omani pakistani palestinian qatari russian saudi syrian turkish western " +
    "yemeni"
  ).split(" "),
);

// Words that are capitalised only because they open a sentence or name a date.
const SENTENCE_AND_DATE_WORDS = new Set(
  (
    "a after also although an and as at because before both but by earlier for from however if in instead later " +
    "meanwhile now of on or since so still that the then this though to today under when where while with yesterday " +
    "yet monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december"
  ).split(" "),
);

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, "");
}

/**
 * Whether the words a report names a place by are its demonym ("Syrian" for Syria, "Mongolian" for Mongolia):
 * a known one, or a word that is not the name itself and ends as demonyms do.
 */
export function isDemonymOf(text: string, placeName: string): boolean {
  const lower = bare(text);
  if (DEMONYMS.has(lower)) return true;
  return !placeName.toLowerCase().startsWith(lower.slice(0, 4)) && /(?:an|ian|ese|i)$/.test(lower);
}

/** Whether a word in front of a name describes the person (a title, a nationality) or only opens a sentence or names a date. */
export function isDescriptorWord(word: string): boolean {
  const lower = bare(word);
  return TITLES.has(lower) || DEMONYMS.has(lower) || SENTENCE_AND_DATE_WORDS.has(lower);
}

/**
 * A capitalised word that is not a descriptor: most likely a given name or another part of a name.
 * All-capital words are acronyms or datelines (US, TEHRAN), not given names.
 */
export function looksLikeNamePart(word: string): boolean {
  const isCapitalised = /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
  return isCapitalised && !isDescriptorWord(word);
}
