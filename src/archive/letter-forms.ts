/**
 * Letters that Arabic and Persian write with different code points but a reader takes for one: Persian yeh and
 * alef maksura are yeh (باقری = باقري), Persian keheh is kaf (کریم = كريم), teh marbuta and the Kurdish and Urdu
 * hehs are heh, alef wasla is alef. Hamza and madda carriers (أ إ آ ؤ ئ) decompose into their base letter and a
 * combining mark, which is dropped with the other marks.
 */
const LETTER_VARIANTS: Record<string, string> = {
  "\u06cc": "\u064a", // ی Persian yeh → ي
  "\u0649": "\u064a", // ى alef maksura → ي
  "\u06a9": "\u0643", // ک keheh → ك
  "\u0629": "\u0647", // ة teh marbuta → ه
  "\u06d5": "\u0647", // ە ae → ه
  "\u06c1": "\u0647", // ہ heh goal → ه
  "\u0671": "\u0627", // ٱ alef wasla → ا
};
const VARIANT = new RegExp(`[${Object.keys(LETTER_VARIANTS).join("")}]`, "g");
/** Combining marks (Latin accents, Arabic harakat, hamza and madda signs), tatweel and zero-width characters. */
const DROPPED = /[\p{M}\u0640\u200b-\u200d\ufeff]/gu;
/** Arabic-Indic (٠–٩) and Extended Arabic-Indic, Persian (۰–۹), digits. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * A text with every way of writing one letter folded into one: compatibility forms decomposed, combining marks
 * (Ayyūb = Ayyub, أ = ا), tatweel and zero-width joiners dropped, Arabic and Persian letter variants unified,
 * Eastern digits as ASCII digits. The ingest matches names and the search matches words in this form; what a page
 * shows stays as written. Case is left to the caller.
 */
export function foldLetters(text: string): string {
  return text
    .normalize("NFKD")
    .replace(DROPPED, "")
    .replace(VARIANT, (letter) => LETTER_VARIANTS[letter]!)
    .replace(EASTERN_DIGIT, (digit) => String((digit.codePointAt(0)! - (digit >= "\u06f0" ? 0x06f0 : 0x0660)) % 10))
    .normalize("NFC");
}
