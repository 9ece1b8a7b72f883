/** A word of a name or of a paragraph, with its place in the source text (end is exclusive). */
export interface NameToken {
  text: string;
  start: number;
  end: number;
}

// Letters joined by dots stay one token so acronyms such as "U.S." survive as a unit.
// A leading ʿ or ʾ belongs to the word (they only ever mark ‘ayn and hamza); a leading ‘ or ' does not,
// because in news copy it is far more often an opening quote mark than an ‘ayn.
// Apostrophe-like marks between letters stay inside the word: Ba’ath, Shi’ite, ‘Ali ‘Abdullah.
const TOKEN = /(?:\p{L}\.){2,}|[ʿʾ]?[\p{L}\p{M}\p{N}]+(?:['’ʼ‘ʿʾ`][\p{L}\p{M}\p{N}]+)*/gu;

// The possessive is grammar, not part of the name: "Iran’s" names Iran.
const POSSESSIVE_SUFFIX = /['’]s$/i;

// What may sit between two words of one name: spaces, hyphens (al-Assad), a possessive inside a
// multi-word name (Iran’s Armed Forces) and an ‘ayn mark before the next word (Ali ‘Abdullah).
// Commas, full stops and dashes end a name, so "Iran, Syria" or "Iran–Syria" are never one name.
const JOINING_GAP = /^(?:['’]s?)?[ \u00A0\-\u2010\u2011]*[‘'ʿʾ`]?$/u;

const WHITESPACE_ONLY = /^[ \u00A0]+$/u;

/** Splits text into name-sized words with their offsets; a trailing possessive ’s is left outside the word. */
export function nameTokens(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const found of text.matchAll(TOKEN)) {
    const start = found.index;
    let word = found[0];
    if (POSSESSIVE_SUFFIX.test(word) && word.length > 2) word = word.slice(0, -2);
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

/** Whether two consecutive tokens can belong to the same name. */
export function canJoin(source: string, left: NameToken, right: NameToken): boolean {
  const gap = source.slice(left.end, right.start);
  // An initial keeps its full stop inside a name: "George W. Bush".
  if (left.text.length === 1 && /^\.[ \u00A0]+$/u.test(gap)) return true;
  return JOINING_GAP.test(gap);
}

/** Whether two consecutive tokens are separated by nothing but spaces, as the words of one written name are. */
export function areAdjacent(source: string, left: NameToken, right: NameToken): boolean {
  return WHITESPACE_ONLY.test(source.slice(left.end, right.start));
}
