import type { EventReport, ResolvedDate } from "../../archive/model.ts";

/** What one report says about an event's date, next to the date the archive gives the event. */
export interface ReportDate {
  /** The date the report's own words resolve to, when the report records one for that phrase. */
  stated?: Pick<ResolvedDate, "text" | "date" | "paragraph">;
  /** True when the stated date falls outside the event's date (or span). */
  differs: boolean;
}

/**
 * The resolved date an event report stands on: the report's `dates` entry of the same paragraph and phrase.
 * The ingest writes an event report from the date it resolved, so the two share paragraph and words; an event
 * report written by hand with other words has no stated date, rather than one guessed from similar words.
 */
export function statedDateOf(
  report: Pick<EventReport, "paragraph" | "phrase">,
  dates: readonly Pick<ResolvedDate, "text" | "date" | "paragraph">[],
): Pick<ResolvedDate, "text" | "date" | "paragraph"> | undefined {
  return dates.find((entry) => entry.paragraph === report.paragraph && entry.text === report.phrase);
}

/**
 * Compares a report's own date with the event's. A report of a span agrees when its date lies within the
 * span; no recorded date means nothing to compare, never a disagreement.
 */
export function compareReportDate(
  event: { start: string; end: string },
  report: Pick<EventReport, "paragraph" | "phrase">,
  dates: readonly Pick<ResolvedDate, "text" | "date" | "paragraph">[],
): ReportDate {
  const stated = statedDateOf(report, dates);
  const differs = stated !== undefined && (stated.date < event.start || stated.date > event.end);
  return stated ? { stated, differs } : { differs };
}

/** True when at least one report dates the event differently from the archive: the page must show every version. */
export function reportsDisagree(reports: readonly ReportDate[]): boolean {
  return reports.some((report) => report.differs);
}
