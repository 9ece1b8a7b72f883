/**
 * The words that name each kind of action in Arabic and Persian reports, for the action kinds of
 * `action-kinds.ts`. Arabic glues its conjunctions, prepositions and article to the word (ووقع، بالاتفاقية)
 * and marks tense and person with prefixes and suffixes (يوقع، سيلتقي، وقعت), so a stem matches at the start of
 * a word after any of those prefixes and runs on into its suffixes. Persian says most actions with a noun and a
 * light verb (امضا کرد، دیدار کرد، وارد … شد). Letters are matched in every way the two scripts write them
 * (ي ی ى, ك ک, ه ة, the hamza forms of alef), with any diacritic, tatweel or zero-width non-joiner between them.
 */
const STEMS: Record<string, readonly string[]> = {
  agreement: ["اتفق", "اتفقا", "اتفقوا", "توصل الى اتفاق", "توافق کرد", "توافق کردند", "به توافق رسید"],
  signing: [
    "وقع",
    "يوقع",
    "سيوقع",
    "توقيع",
    "اتفاقية",
    "اتفاق",
    "مذكرة تفاهم",
    "معاهدة",
    "امضا",
    "امضاء",
    "موافقت نامه",
    "موافقتنامه",
    "توافق نامه",
    "توافقنامه",
    "تفاهم نامه",
    "تفاهمنامه",
    "به امضا رسيد",
    "قرارداد",
    "پیمان",
  ],
  earthquake: ["زلزال", "هزة ارضية", "زلزله", "زمين لرزه"],
  funeral: ["تشييع", "جنازة", "جنازه", "خاکسپاري"],
  death: ["قتل", "مقتل", "توفي", "وفاة", "استشهد", "کشته", "درگذشت", "جان باخت"],
  strike: ["غارة", "غارات", "قصف", "هجوم", "ضربة", "حمله", "بمباران", "اعتصاب"],
  flood: ["فيضان", "سيول", "سيلاب", "سيل$"],
  evacuation: ["اجلاء", "تخليه"],
  election: ["انتخابات", "اقتراع"],
  arrival: ["وصل", "يصل", "وصول", "ورود", "وارد شد", "وارد شدند"],
  departure: ["غادر", "يغادر", "مغادرة", "عاد الى", "ترک کرد", "عزيمت", "بازگشت", "بازگشتند"],
  meeting: [
    "التقى",
    "التقي",
    "يلتقي",
    "سيلتقي",
    "لقاء",
    "اجتمع",
    "اجتماع",
    "استقبل",
    "يستقبل",
    "استقبال",
    "محادثات",
    "مباحثات",
    "بحث",
    "قمة",
    "ديدار",
    "ملاقات",
    "گفتگو",
    "گفت وگو",
    "مذاکره",
    "مذاکرات",
    "رايزني",
  ],
  visit: ["زيارة", "يزور", "سفر", "بازديد"],
  statement: ["قال", "صرح", "اعلن", "اكد", "بيان", "اوضح", "ذكر", "گفت", "اظهار داشت", "اعلام کرد", "تاکيد کرد", "بيانيه", "افزود"],
};

/** Each letter as every script and spelling writes it. */
const LETTER_FORMS: Record<string, string> = {
  ا: "اأإآٱ",
  ي: "يیىئ",
  ى: "يیى",
  ك: "كک",
  ک: "كک",
  ه: "هةۀە",
  ة: "ةه",
  و: "وؤ",
};
/** What may stand between two letters of a word: diacritics, the hamza and madda marks, tatweel, joiners. */
const BETWEEN = "[\\p{M}\\u0640\\u200c\\u200d]*";
/** What may join the words of a compound: a space, a zero-width non-joiner, or nothing. */
const WORD_JOIN = "[\\s\\u200c]*";
/** Up to a conjunction, a preposition and the article glued to the front of a word (ووقع، بالاتفاقية، وللقاء). */
const PREFIXES = `(?:[وف]${BETWEEN})?(?:[بلك]${BETWEEN})?(?:ال${BETWEEN}|ل${BETWEEN}ل${BETWEEN})?`;
/** Persian light verbs take a few words of object in between: وارد دمشق شد. */
const LIGHT_VERB_GAP = "(?:\\s+[^\\s.،؛!?؟]+){0,3}\\s+";

function letterPattern(letter: string): string {
  const forms = LETTER_FORMS[letter];
  return forms ? `[${forms}]` : letter.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A stem ending in `$` must end its word: سیل (flood) is not the start of سیلتقی (will meet). */
function stemPattern(stem: string): string {
  if (stem.endsWith("$")) return `${stemPattern(stem.slice(0, -1))}(?![\\p{L}\\p{M}])`;
  const words = stem.split(" ");
  const lightVerb = words.length === 2 && /^(?:شد|شدند|کرد|کردند|داشت)$/.test(words[1]!);
  const join = lightVerb ? `(?:${WORD_JOIN}|${LIGHT_VERB_GAP})` : WORD_JOIN;
  return words.map((word) => [...word].map(letterPattern).join(BETWEEN)).join(join);
}

/**
 * A pattern source for the Arabic and Persian words of one kind of action (empty when it has none), for a regular
 * expression with the `u` flag: it starts at a word start and may run on into the word's suffixes.
 */
export function arabicScriptStems(kind: string): string {
  const stems = STEMS[kind];
  if (!stems) return "";
  const alternatives = [...stems].sort((a, b) => b.length - a.length).map(stemPattern);
  return `(?<![\\p{L}\\p{M}])${PREFIXES}(?:${alternatives.join("|")})`;
}

/** Whether a text is written mainly in Arabic script. */
export function isArabicScript(text: string): boolean {
  const arabic = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic > latin;
}
