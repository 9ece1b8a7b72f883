import { foldLetters } from "../../archive/letter-forms.ts";
import { nameTokens } from "./name-tokens.ts";

// ‘ayn and hamza are marked with any of these, or not at all: ‘Ali, ʿAli, ʻAli, 'Ali and Ali are one name.
export const APOSTROPHE_LIKE = /['’‘ʼʻʿʾ`´]/g;
const ARTICLES = new Set(["al", "el"]);

/** Folds one word: case, diacritics (including hamza seats, أ → ا), ‘ayn marks, acronym dots and Arabic-script variants. */
export function normaliseWord(word: string): string {
  const folded = word.replace(APOSTROPHE_LIKE, "").toLowerCase();
  return foldLetters(folded).replace(/\./g, "").replace(/ı/g, "i");
}

/**
 * The spelling-insensitive form of a name: "al-Mayadeen", "Al Mayadeen" and "al Mayadeen" all give "al mayadeen".
 * Words are separated by single spaces, a possessive ’s is dropped, and "el" before a word becomes the article "al".
 */
export function normaliseName(name: string): string {
  const words = nameTokens(name).map((token) => normaliseWord(token.text));
  return words
    .map((word, position) => (ARTICLES.has(word) && position < words.length - 1 ? "al" : word))
    .filter((word) => word !== "")
    .join(" ");
}

// Applied in order to one normalised word. Each rule folds spellings that stand for the same Arabic or Persian sound.
const TRANSLITERATION_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // The article is written al-, el-, Al or dropped altogether (Bashar al-Assad / Bashar Assad).
  [/^(?:al|el)$/, ""],
  // The commonest given name has a dozen spellings; general vowel rules strong enough to merge them would also merge Hamed and Hamad.
  [/^m[ou]h?amm?[ae]d/, "muhammad"],
  // Ahmed is the Egyptian and Turkish spelling of Ahmad, and the e → i rule below would otherwise make it "ahmid".
  [/^ahm[ae]d/, "ahmad"],
  // ‘Abd ("servant of") is fused with the article in many ways: Abdullah, Abdallah, Abdel, Abdul, Abdol, Abd al-Lah.
  [/^abd(?:[aeuo]l)?/, "abd"],
  // Persian pronounces ق and غ alike and writes gh where Arabic transliteration has q (Bagheri / Baqeri).
  [/gh/g, "q"],
  // English and French write the u vowel as ou or oo (Ayyoub / Ayyub), Persian as o (Hossein / Husayn, Mohsen / Muhsin).
  [/ou|oo|o/g, "u"],
  // ee is the English spelling of the long i (Mayadeen / Mayadin, Saeed / Said).
  [/ee/g, "i"],
  // Shadda, the doubling of a consonant, is often left unwritten (Ayyoub / Ayoub, Hassan / Hasan).
  [/([a-z])\1+/g, "$1"],
  // The ay diphthong is written ai, ay, ei or ey (Husayn / Hussein, Zaynab / Zeinab) unless a vowel follows and y is a consonant (Ayoub).
  [/[ae][iy](?![aeiu])/g, "ai"],
  // Persian writes the short i (kasra) as e (Qasem / Qasim, Hamed / Hamid, Bagheri / Baqiri).
  [/e/g, "i"],
  // A final h after a vowel (ta marbuta, a silent h) is written or not (Abdullah / Abdulla, Hamzah / Hamza).
  [/([aiu])h$/, "$1"],
  // Egyptian spellings end names in y where others write i (Sabry / Sabri, Aly / Ali).
  [/([^aiu])y$/, "$1i"],
  // Persian v and Arabic w stand for the same letter و (Javad / Jawad, Vahid / Wahid).
  [/v/g, "w"],
  // The vowel rules can create new doubles (Saeid → saaid), which are no more meaningful than the first ones.
  [/([a-z])\1+/g, "$1"],
];

/** The transliteration key of one normalised word; "" for the article. */
export function wordKey(normalisedWord: string): string {
  let key = normalisedWord;
  for (const [spelling, standard] of TRANSLITERATION_RULES) key = key.replace(spelling, standard);
  return key;
}

/**
 * A looser key than normaliseName for Arabic and Persian names written in Latin letters:
 * Ayyoub / Ayoub / Ayyub, Bagheri / Baqeri, Mohammad / Muhammad / Mohammed, Abdullah / Abdallah / ‘Abdullah.
 * Words are joined without spaces because compound names are spaced inconsistently (Mohammadreza / Mohammad Reza,
 * Abdulaziz / Abdul Aziz). Arabic-script words pass through unchanged apart from normaliseWord.
 */
export function transliterationKey(name: string): string {
  return nameTokens(name)
    .map((token) => wordKey(normaliseWord(token.text)))
    .join("");
}
