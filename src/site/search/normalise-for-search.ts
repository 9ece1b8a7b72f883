import { foldLetters } from "../../archive/letter-forms.ts";

/**
 * The form a text and a query are compared in, so that each way of writing a word finds the others: lower case,
 * without diacritics (Ayyūb = Ayyub), Arabic and Persian letter variants unified (باقری = باقري), tatweel and
 * zero-width joiners dropped, Eastern digits as ASCII digits. It is used for matching only; what a page shows
 * stays as written.
 */
export function normaliseForSearch(text: string): string {
  return foldLetters(text).toLowerCase();
}

/** The words of a text, normalised for search: runs of letters and digits, so "al-Mayadeen" is "al", "mayadeen". */
export function searchWords(text: string): string[] {
  return normaliseForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
