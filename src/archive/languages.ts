/**
 * The languages of an archive's reports and pages. The site speaks English; a report keeps its own language,
 * and Arabic and Persian are written right to left.
 */
export const SITE_LANGUAGE = "en";

/** The languages the ingest reads a report in. */
export type ReportLanguage = "en" | "ar" | "fa";
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ["en", "ar", "fa"];

const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi"]);

/** The direction a language is written in: "rtl" for Arabic, Persian and the other right-to-left scripts. */
export function textDirection(language: string | undefined): "ltr" | "rtl" {
  const primary = (language ?? SITE_LANGUAGE).split("-")[0]!.toLowerCase();
  return RIGHT_TO_LEFT.has(primary) ? "rtl" : "ltr";
}
