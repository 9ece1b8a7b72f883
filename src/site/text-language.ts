import { SITE_LANGUAGE, textDirection } from "../archive/languages.ts";

/**
 * The `lang` and `dir` attributes for text in a report's language, to set on the element holding it; none for
 * text in the site's language. Arabic and Persian text then reads right to left in an English page, and its
 * punctuation and numbers stay in order.
 */
export function languageAttributes(language: string | undefined): { lang?: string; dir?: "ltr" | "rtl" } {
  if (!language || language === SITE_LANGUAGE) return {};
  return { lang: language, dir: textDirection(language) };
}

/** The `lang` to set on the site's own words inside a page in another language, so they keep the site's language. */
export function siteLanguageWithin(language: string | undefined): string | undefined {
  return !language || language === SITE_LANGUAGE ? undefined : SITE_LANGUAGE;
}
