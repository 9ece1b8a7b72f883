/**
 * Datelines: where (and sometimes by whom, or when) a report was filed, written before its first
 * words, e.g. `TEHRAN -`, `DAMASCUS (SANA) --`, `BEIRUT, LEBANON (5:30 P.M.) –`, `DAMASCUS, (XX)_`.
 *
 * Shape: upper-case place words, optionally a comma and a second place (`BEIRUT, LEBANON`, or
 * `BEIRUT, Lebanon` as AP writes it) and a day (`TEHRAN, July 8` as Reuters writes it), then
 * optionally a parenthesised agency, time or outlet, then a separator: `-` `–` `—` `--` `_` `:`.
 * The separator is required, so an acronym opening a sentence (`IRIB reported that …`,
 * `U.S. officials said …`) is not a dateline; `-` and `:` must also be followed by whitespace,
 * so that `IRAN-IRAQ border` or `NOTE:x` is not one either.
 *
 * A dateline is looked for in the first three paragraphs (a standfirst, a byline or a caption may
 * come before it), and only where article text follows it in the same paragraph.
 */
const UPPER_WORD = String.raw`\p{Lu}(?:[\p{Lu}\p{M}'’.]|-(?=\p{Lu}))+`;
const UPPER_OR_TITLE_WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}'’.]|-(?=\p{Lu}))+`;
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`;
const DATELINE = new RegExp(
  String.raw`^[ \t]*(?<text>(?<place>${UPPER_WORD}(?: ${UPPER_WORD})*(?:, ${UPPER_OR_TITLE_WORD}(?: ${UPPER_OR_TITLE_WORD})*)?)` +
    String.raw`(?:, ${MONTH_DAY})?,?[ \t]*(?:\((?<detail>[^()\n]{1,120})\))?[ \t]*(?:--|[–—_]|[-:](?=\s)))\s*(?=\S)`,
  "u",
);
// AFP writes the place in title case, always followed by its name in parentheses: `Damascus (AFP) -`, `Sao Paulo (AFP) -`.
const TITLE_CASE_DATELINE = new RegExp(
  String.raw`^[ \t]*(?<text>(?<place>${UPPER_OR_TITLE_WORD}(?: ${UPPER_OR_TITLE_WORD}){0,3})` +
    String.raw`[ \t]*\((?<detail>AFP|Reuters|AP|Xinhua|IRNA|SANA|dpa|Anadolu)\)[ \t]*(?:--|[–—_]|[-:](?=\s)))\s*(?=\S)`,
  "u",
);

// Arabic and Persian datelines: a place of one or two words, an agency in parentheses or of up to three words
// after a second dash, then a dash, a kashida dash or a colon: `طهران (إرنا) –`, `دمشق - سانا:`, `بيروت ـ`,
// `تهران- ایرنا-`, `تهران - خبرگزاری فارس -`.
const ARABIC_WORD = String.raw`[\p{Script=Arabic}\p{M}‌]{2,}`;
const ARABIC_SEPARATOR = String.raw`(?:--|[-–—ـ:])`;
const ARABIC_DATELINE = new RegExp(
  String.raw`^[ 	]*(?<text>(?<place>${ARABIC_WORD}(?: ${ARABIC_WORD})?)[ 	]*(?:\((?<detail>[^()
]{1,60})\)[ 	]*)?${ARABIC_SEPARATOR}` +
    String.raw`(?:[ 	]*(?<agency>${ARABIC_WORD}(?: ${ARABIC_WORD}){0,2})[ 	]*${ARABIC_SEPARATOR})?)\s*(?=\S)`,
  "u",
);

export interface Dateline {
  place: string;
  detail: string | null;
  text: string;
}

export interface DatelineSearch {
  dateline: Dateline | null;
  /** 1-based paragraph the dateline was found in. */
  paragraphNumber: number | null;
  /** The paragraphs, with the dateline (and the whitespace after it) taken off the one that had it. */
  paragraphs: string[];
}

export function findDateline(paragraphs: readonly string[]): DatelineSearch {
  const searched = paragraphs.slice(0, 3);
  for (const [index, paragraph] of searched.entries()) {
    const match = DATELINE.exec(paragraph) ?? TITLE_CASE_DATELINE.exec(paragraph) ?? ARABIC_DATELINE.exec(paragraph);
    const groups = match?.groups;
    if (!match || !groups) continue;
    const withoutDateline = [...paragraphs];
    withoutDateline[index] = paragraph.slice(match[0].length);
    return {
      dateline: {
        place: groups["place"] ?? "",
        detail: (groups["detail"] ?? groups["agency"])?.trim() ?? null,
        text: (groups["text"] ?? "").trim(),
      },
      paragraphNumber: index + 1,
      paragraphs: withoutDateline,
    };
  }
  return { dateline: null, paragraphNumber: null, paragraphs: [...paragraphs] };
}
