/**
 * Letters that Arabic and Persian write differently but a reader treats as one: Persian yeh and alef maksura read
 * as yeh, Persian kaf as kaf, teh marbuta as heh, alef wasla as alef. Hamza and madda carriers (أ إ آ ؤ ئ) decompose
 * into their base letter and a combining mark, which the diacritics step drops.
 */
const LETTER_VARIANTS: Record<string, string> = {
  "\u06cc": "\u064a", // ی Persian yeh → ي
  "\u0649": "\u064a", // ى alef maksura → ي
  "\u06a9": "\u0643", // ک Persian kaf → ك
  "\u0629": "\u0647", // ة teh marbuta → ه
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u06c1": "\u0647", // ہ heh goal → ه
};

/** Combining marks (Latin accents, Arabic harakat, superscript alef, Quranic marks), tatweel and zero-width joiners. */
const DROPPED = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b\u200c\ufeff]|\u200d/g;
const VARIANT = /[\u06cc\u0649\u06a9\u0629\u0671\u06c1]/g;
/** Arabic-Indic (٠–٩) and Extended Arabic-Indic, Persian (۰–۹), digits. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The form a text and a query are compared in, so that each way of writing a word finds the others: lower case,
 * without diacritics (Ayyūb = Ayyub), Arabic and Persian letter variants unified (باقری = باقري), tatweel and
 * zero-width joiners dropped, Eastern digits as ASCII digits. It is used for matching only; what a page shows
 * stays as written.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(DROPPED, "")
    .replace(VARIANT, (letter) => LETTER_VARIANTS[letter]!)
    .replace(EASTERN_DIGIT, (digit) => String((digit.codePointAt(0)! - (digit >= "\u06f0" ? 0x06f0 : 0x0660)) % 10))
    .normalize("NFC")
    .toLowerCase();
}

/** The words of a text, normalised for search: runs of letters and digits, so "al-Mayadeen" is "al", "mayadeen". */
export function searchWords(text: string): string[] {
  return normaliseForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
