/** One step of the path a quote travelled from its speaker to the archived report. */
export interface ChainLink<T> {
  /** "reported by" for the outlet nearest the speaker, "via" for each outlet it passed through after. */
  relation: "reported by" | "via";
  who: T;
}

/**
 * The attribution chain of a quote, from the outlets listed nearest first: al Mayadeen quoted the general,
 * Fars relayed al Mayadeen, so `[al-mayadeen, fars]` reads "reported by Al Mayadeen via Fars News Agency".
 */
export function attributionChain<T>(reportedBy: readonly T[]): ChainLink<T>[] {
  return reportedBy.map((who, i) => ({ relation: i === 0 ? "reported by" : "via", who }));
}

/**
 * The quoted words as a pull quote shows them: without the comma or space that tied them to the sentence
 * around them ("… between the two countries," the general said), which would dangle inside the quote marks.
 */
export function quoteForDisplay(text: string): string {
  return text.replace(/[\s,;:]+$/u, "").trim();
}
