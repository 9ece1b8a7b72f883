import { foldLetters } from "../../archive/letter-forms.ts";
import { APOSTROPHE_LIKE } from "../names/names.ts";

// Letters that Unicode decomposition leaves whole (Łódź, Tórshavn's ø, İzmir's dotless ı after lower-casing).
const UNDECOMPOSED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ħ: "h", ı: "i", ß: "ss", æ: "ae", œ: "oe", þ: "th" };

// The Arabic article as news and GeoNames write it: al-, el-, and assimilated (ar-Raqqa, as-Suwayda, ad-Diwaniyah).
const ARTICLE = /^(?:al|el|ul|ar|as|ash|ad|adh|an|at|ath|az|es|ed|et) /u;

/**
 * A place name folded so that the spellings of one name in news and in the gazetteer meet: case, accents,
 * apostrophes and hyphens, a leading Arabic article, and a final "-ah" written "-a".
 * @example placeKey("Al-Raqqah") === placeKey("Raqqa") // "raqqa"
 */
export function placeKey(name: string): string {
  const folded = foldLetters(name)
    .toLowerCase()
    .replace(/[łøđħıßæœþ]/gu, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(APOSTROPHE_LIKE, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const bare = folded.replace(ARTICLE, "");
  return (bare === "" ? folded : bare).replace(/(?<=a)h\b/gu, "");
}

/**
 * A looser key for transliterations `placeKey` keeps apart: "ou" written "u" (Younis, Yūnis) and doubled letters
 * written once (Daraa, Dar‘ā). It brings unrelated names together too (Hama, Hamma), so it is the second resort.
 * @example similarPlaceKey("Khan Younis") === similarPlaceKey("Khān Yūnis") // "khan yunis"
 */
export function similarPlaceKey(name: string): string {
  return placeKey(name)
    .replace(/ou/gu, "u")
    .replace(/(\p{L})\1+/gu, "$1");
}
