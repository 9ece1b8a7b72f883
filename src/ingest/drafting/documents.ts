import { parseDocument, stringify, YAMLSeq } from "yaml";
import { escapeMdxParagraph } from "../mdx-escape.ts";
import type { EventConflict, EventReport } from "../../archive/model.ts";
import type { ArticleFrontmatter } from "./article-draft.ts";
import type { ProposedEvent } from "./event-proposals.ts";

const YAML_OPTIONS = { lineWidth: 0 } as const;

/** The `.mdx` file of an article: YAML frontmatter, then each paragraph escaped so MDX shows it literally. */
export function renderArticleMdx(frontmatter: ArticleFrontmatter, paragraphs: readonly string[]): string {
  return `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${paragraphs.map(escapeMdxParagraph).join("\n\n")}\n`;
}

/** The YAML of a new draft event proposed by a report. */
export function renderEventYaml(event: ProposedEvent, article: string, conflicts: EventConflict[] = []): string {
  const data = {
    title: event.title,
    date: event.date,
    ...(event.place ? { place: event.place } : {}),
    people: event.people,
    organizations: event.organizations,
    ...(event.action ? { action: event.action } : {}),
    ...(event.status === "planned" ? { status: "planned" } : {}),
    ...(conflicts.length > 0 ? { conflicts } : {}),
    draft: true,
    // Last, so that later reports of the same event are appended to the end of the file.
    reports: [{ article, ...event.report }],
  };
  return stringify(data, YAML_OPTIONS);
}

// A file whose last top-level key is a block list of reports indented by two spaces, as the ingest command writes them.
const REPORTS_LAST = /(?:^|\n)reports:\n(?: {2}[^\n]*\n)+$/;

/**
 * Adds a report to an existing event file, keeping the rest of the file (comments, order) as it was.
 * Returns null when the event already lists that report.
 */
export function appendEventReport(yamlText: string, report: EventReport): string | null {
  // The common case, an event file the ingest command wrote, takes a plain append instead of a YAML round trip.
  if (REPORTS_LAST.test(yamlText) && !yamlText.includes(report.article)) {
    const item = stringify([report], YAML_OPTIONS).replace(/^(?!$)/gm, "  ");
    return `${yamlText.endsWith("\n") ? yamlText : `${yamlText}\n`}${item}`;
  }
  const document = parseDocument(yamlText);
  const reports = document.get("reports");
  if (!(reports instanceof YAMLSeq)) {
    document.set("reports", [report]);
    return document.toString(YAML_OPTIONS);
  }
  const listed = reports.toJSON() as EventReport[];
  if (listed.some((r) => r.article === report.article && r.paragraph === report.paragraph && r.phrase === report.phrase)) return null;
  reports.add(document.createNode(report));
  return document.toString(YAML_OPTIONS);
}

/** The event file of a planned event a report says has happened: its status is the default, happened. */
export function markHappened(yamlText: string): string {
  const document = parseDocument(yamlText);
  document.delete("status");
  return document.toString(YAML_OPTIONS);
}
