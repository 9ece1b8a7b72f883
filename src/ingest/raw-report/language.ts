import { REPORT_LANGUAGES, type ReportLanguage } from "../../archive/languages.ts";

/**
 * The language a report is written in, told from its letters: English (Latin script), Arabic or Persian (Arabic
 * script). Persian writes letters Arabic has not (پ چ ژ گ) and its own yeh and kaf (ی ک) where Arabic writes
 * ي ك; Arabic writes teh marbuta (ة) and the article ال far more. A text in neither script, or one where the
 * signs of Arabic and Persian are too few or too even to tell, has no language the ingest can name.
 */
export { REPORT_LANGUAGES, type ReportLanguage };

export const isReportLanguage = (value: string): value is ReportLanguage => (REPORT_LANGUAGES as readonly string[]).includes(value);

export interface LanguageReading {
  language: ReportLanguage | null;
  /** Why the language could not be told, for the warning. */
  doubt?: string;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function detectLanguage(paragraphs: readonly string[]): LanguageReading {
  const text = paragraphs.join("\n");
  const latin = count(text, /\p{Script=Latin}/gu);
  const arabicScript = count(text, /\p{Script=Arabic}/gu);
  if (latin + arabicScript < 20) return { language: null, doubt: "it has too few letters to tell its language" };
  // An English report may quote Arabic or Persian, and the other way round: the script of most letters decides.
  if (latin >= arabicScript) return { language: "en" };
  if (arabicScript < latin * 2) {
    return { language: null, doubt: `it mixes Latin (${latin}) and Arabic-script (${arabicScript}) letters too evenly` };
  }
  const persian = count(text, /[پچژگیک]/gu) + 2 * count(text, /(?<!\p{L})(?:است|را|این|که|می)(?!\p{L})/gu);
  const arabic = count(text, /[ةيك]/gu) + 2 * count(text, /(?<!\p{L})(?:في|التي|الذي|إلى|على|أن)(?!\p{L})/gu);
  if (persian >= 3 * arabic && persian >= 5) return { language: "fa" };
  if (arabic >= 3 * persian && arabic >= 5) return { language: "ar" };
  return {
    language: null,
    doubt: `its Arabic script does not tell Arabic from Persian (signs of Persian ${persian}, of Arabic ${arabic})`,
  };
}
