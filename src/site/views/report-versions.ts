/** A date reference an article's text makes, resolved against its publication day (article frontmatter `dates`). */
export interface ResolvedDate {
  text: string;
  date: string;
  paragraph: number;
}

/** How one report states an event: the paragraph and the words it uses. */
export interface StatedReport {
  paragraph: number;
  phrase: string;
}

/** What one report says about an event's date, next to the date the archive gives the event. */
export interface ReportDate {
  /** The date the report's own words resolve to, when the article records one for that phrase. */
  stated?: ResolvedDate;
  /** True when the stated date falls outside the event's date (or span). */
  differs: boolean;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The resolved date that belongs to a report: one in the same paragraph whose words are the report's phrase,
 * or lie within it ("Wednesday" in "on Wednesday"), or contain it. An exact match wins over a partial one.
 */
export function statedDateOf(report: StatedReport, dates: readonly ResolvedDate[]): ResolvedDate | undefined {
  const phrase = normalise(report.phrase);
  const candidates = dates.filter((entry) => entry.paragraph === report.paragraph && normalise(entry.text) !== "");
  return (
    candidates.find((entry) => normalise(entry.text) === phrase) ??
    candidates.find((entry) => phrase.includes(normalise(entry.text))) ??
    candidates.find((entry) => normalise(entry.text).includes(phrase))
  );
}

/**
 * Compares a report's own date with the event's. A report of a span agrees when its date lies within the
 * span; no recorded date means nothing to compare, never a disagreement.
 */
export function compareReportDate(event: { start: string; end: string }, report: StatedReport, dates: readonly ResolvedDate[]): ReportDate {
  const stated = statedDateOf(report, dates);
  const differs = stated !== undefined && (stated.date < event.start || stated.date > event.end);
  return stated ? { stated, differs } : { differs };
}

/** True when at least one report dates the event differently from the archive: the page must show every version. */
export function reportsDisagree(reports: readonly ReportDate[]): boolean {
  return reports.some((report) => report.differs);
}
