import { readFileSync } from "node:fs";
import path from "node:path";
import type { ArticleDraft, DraftOptions } from "./drafting/article-draft.ts";
import { findContradicted, findCorroborated } from "./corroboration.ts";
import { appendEventReport, markHappened, renderArticleMdx, renderEventYaml } from "./drafting/documents.ts";
import { mentionsOfNewDrafts, planNewEntities, withEntityIds } from "./new-entities.ts";
import { assembleDraft } from "./drafting/article-draft.ts";
import { unescapeMdxParagraph, escapeMdxParagraph } from "./mdx-escape.ts";
import { collectionOfType } from "../archive/entity-kinds.ts";
import { slugify } from "../archive/slugs.ts";
import { addDays } from "../archive/calendar.ts";
import { articleFrontmatterSchema, eventFileSchema, schemaProblems } from "./content-schemas.ts";
import { footprintOf, indexEvent, placesAround, type ArchiveIndex, type IndexedEvent } from "./archive-index.ts";
import type { WriteJournal } from "./write-journal.ts";
import type { DraftOutcome } from "./draft-report.ts";
import { ingestFailure, IngestError, type EventAction, type IngestResult } from "./ingest-result.ts";

export interface IngestOptions extends DraftOptions {
  dryRun: boolean;
  force: boolean;
}

/** Checks the draft as the site build will: schema, references to existing entries, nothing lost in escaping. */
function validateDraft(input: string, draft: ArticleDraft, index: ArchiveIndex): void {
  const parsed = articleFrontmatterSchema.safeParse(draft.frontmatter);
  if (!parsed.success)
    throw new IngestError(`${input}: the generated article does not validate (${schemaProblems(parsed.error.issues, "frontmatter")})`);
  const { publisher } = draft.frontmatter;
  const publisherType = publisher ? index.entities.get(publisher)?.type : undefined;
  if (publisher && (!publisherType || collectionOfType(publisherType) !== "organizations")) {
    throw new IngestError(
      `${input}: --publisher ${publisher} is not an organization of the archive; use the id of a file in content/organizations/, or add one`,
    );
  }
  for (const paragraph of draft.paragraphs) {
    if (unescapeMdxParagraph(escapeMdxParagraph(paragraph)) !== paragraph) {
      throw new IngestError(`${input}: a paragraph could not be escaped for MDX without loss; please report this text`);
    }
  }
}

/**
 * The article's id: the slug of its headline. When another report already has that id, the new one gets the
 * publication date, then a number, appended; only a new version of the same raw file (same file name, other
 * text) claims the id of the old one, and only with `force`.
 */
function chooseArticleId(input: string, draft: ArticleDraft, index: ArchiveIndex, force: boolean): { slug: string; replaces?: string } {
  const existing = index.articleById.get(draft.slug);
  if (!existing) return { slug: draft.slug };
  if (index.articleSourceFile.get(draft.slug) === draft.frontmatter.source.file) {
    if (!force) {
      throw new IngestError(
        `${input}: ${existing} was ingested from a file of the same name with a different text; nothing was written. Use --force to replace it with this version`,
      );
    }
    return { slug: draft.slug, replaces: existing };
  }
  return { slug: uniqueId(`${draft.slug}-${draft.frontmatter.published}`, index.articleById) };
}

function firstMentions(draft: ArticleDraft): IngestResult["entities"] {
  const seen = new Map<string, IngestResult["entities"][number]>();
  for (const m of draft.mentions) if (!seen.has(m.id)) seen.set(m.id, { id: m.id, name: m.name, type: m.type, text: m.text });
  return [...seen.values()];
}

/** The days within the span a report can get a happening wrong by, the day itself excluded. */
function daysAround(date: string): string[] {
  return [-3, -2, -1, 1, 2, 3].map((offset) => addDays(date, offset));
}

function uniqueId(base: string, taken: { has(id: string): boolean }): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

interface PlannedEvent extends EventAction {
  text: string;
  /** The event as the index will know it once this report is committed. */
  indexed: IndexedEvent;
}

/** The event files a report leads to: a report attached to each archive event it corroborates, a new draft event for the others. */
function planEvents(input: string, draft: ArticleDraft, slug: string, index: ArchiveIndex): PlannedEvent[] {
  const eventsDir = path.join(index.contentDir, "events");
  const planned: PlannedEvent[] = [];
  const taken = { has: (id: string) => index.events.has(id) || planned.some((p) => p.id === id) };
  const links = {
    around: (place: string) => placesAround(index, place),
    isCountry: (place: string) => index.countryIds.has(place),
    isCity: (place: string) => index.cityIds.has(place),
  };
  for (const proposal of draft.events) {
    const sameDay = [
      ...(index.eventsByDay.get(proposal.date) ?? []),
      ...planned.filter((p) => p.action === "created" && p.date === proposal.date).map((p) => p.indexed),
    ];
    const corroborated = findCorroborated(proposal, sameDay, links);
    if (corroborated) {
      const { event: existing, why } = corroborated;
      const earlier = planned.find((p) => p.id === existing.id);
      const current = earlier?.text ?? existing.text ?? readFileSync(existing.file, "utf8");
      const appended = appendEventReport(current, { article: slug, ...proposal.report, why });
      if (appended === null) continue;
      // A report that says a planned event happened makes it an event that happened.
      const text = existing.status === "planned" && proposal.status === "happened" ? markHappened(appended) : appended;
      if (text !== appended) existing.status = "happened";
      if (earlier) earlier.text = text;
      else planned.push({ id: existing.id, action: "attached", file: existing.file, date: proposal.date, text, indexed: existing });
      continue;
    }
    const id = uniqueId(`${proposal.date}-${slugify(proposal.title, 60) || "event"}`, taken);
    // Same happening, other day: its own event, which says so (the site shows it on both events' pages).
    const nearby = [
      ...daysAround(proposal.date).flatMap((day) => index.eventsByDay.get(day) ?? []),
      ...planned.flatMap((p) => (p.action === "created" ? [p.indexed] : [])),
    ];
    const conflicts = findContradicted(proposal, nearby, links).map(({ event, note }) => ({ event: event.id, article: slug, note }));
    const text = renderEventYaml(proposal, slug, conflicts);
    const parsed = eventFileSchema.safeParse({ ...proposal, conflicts, reports: [{ article: slug, ...proposal.report }] });
    if (!parsed.success)
      throw new IngestError(`${input}: the event ${id} it reports does not validate (${schemaProblems(parsed.error.issues, "event")})`);
    const file = path.join(eventsDir, `${id}.yaml`);
    const footprint = footprintOf([draft.frontmatter]);
    planned.push({ id, action: "created", file, date: proposal.date, text, indexed: { id, file, ...parsed.data, footprint } });
  }
  return planned;
}

/**
 * Commits a drafted report to the archive: recognises a text already archived, validates everything,
 * plans the events it reports, and only then writes (unless a dry run). Every write is atomic; nothing is
 * replaced without `force`. Runs in input order, so event ids and corroboration are the same on every run. The
 * journal (none in a dry run) writes a report's files as one step.
 */
export function commitDraft(
  outcome: DraftOutcome,
  index: ArchiveIndex,
  options: IngestOptions,
  journal: WriteJournal | null,
): IngestResult {
  const { input } = outcome;
  if (outcome.error !== undefined) return ingestFailure(input, new IngestError(outcome.error));
  const { articleText: draftedText } = outcome.drafted;
  let { draft } = outcome.drafted;
  try {
    const report = { published: draft.frontmatter.published, sha256: draft.frontmatter.source.sha256 };
    const existing = index.articleBySha.get(report.sha256);
    const { slug, replaces } = existing ? { slug: "", replaces: undefined } : chooseArticleId(input, draft, index, options.force);
    // Drafts made earlier in this run were unknown to the drafting threads: where the report names them, it is assembled again.
    const more = existing ? [] : mentionsOfNewDrafts(index, draft.paragraphs);
    if (more.length > 0) draft = assembleDraft(draft.analysis, index, more);
    // New names become draft entities (or join the draft an earlier report made) before anything cites them.
    const newEntities = existing
      ? { ids: new Map<string, string>(), writes: [], apply: () => {} }
      : planNewEntities(input, draft.newNames, slug, index);
    draft = withEntityIds(draft, newEntities.ids);
    const base = {
      input,
      ok: true,
      published: report.published,
      dateline: draft.frontmatter.dateline ? (index.entities.get(draft.frontmatter.dateline)?.name ?? null) : null,
      draft: true,
      dates: draft.frontmatter.dates,
      entities: firstMentions(draft),
      candidates: draft.candidates.map(({ text, type, paragraph }) => ({ text, type, paragraph })),
      language: draft.analysis.report.language.language,
      warnings: draft.analysis.report.language.language
        ? []
        : [
            `${input}: the report's language could not be told (${draft.analysis.report.language.doubt}); it was ingested without one, so give it with --lang ar, --lang fa or --lang en`,
          ],
      error: null,
    };
    if (existing) return { ...base, status: "exists", output: existing, events: [], drafts: [] };
    const articleText = draft.newNames.length > 0 || more.length > 0 ? renderArticleMdx(draft.frontmatter, draft.paragraphs) : draftedText;
    validateDraft(input, draft, index);
    const output = replaces ?? path.join(index.articlesDir, report.published.slice(0, 4), `${slug}.mdx`);
    const events = planEvents(input, draft, slug, index);
    const actions = events.map(({ id, action, file, date }) => ({ id, action, file, date }));
    const drafts = newEntities.writes.map(({ id, action, file, coordinates }) => ({
      id,
      action,
      file,
      ...(coordinates ? { coordinates } : {}),
    }));
    if (!options.dryRun) {
      if (!journal) throw new Error("a run that writes needs the journal of its batch");
      // Entities and the article first: a build reading the archive meanwhile never finds a reference to a file not yet there.
      journal.writeTogether([
        ...newEntities.writes.map((write) => ({ file: write.file, text: write.text, overwrite: write.action === "attached" })),
        { file: output, text: articleText, overwrite: replaces !== undefined },
        ...events.map((event) => ({ file: event.file, text: event.text, overwrite: event.action === "attached" })),
      ]);
    }
    // A dry run updates the index too, so later inputs of the batch are reported as the real run would write them.
    newEntities.apply();
    index.articleBySha.set(report.sha256, output);
    index.articleById.set(slug, output);
    if (draft.frontmatter.source.file) index.articleSourceFile.set(slug, draft.frontmatter.source.file);
    index.articleNames.set(slug, draft.frontmatter);
    for (const event of events) {
      indexEvent(index, { ...event.indexed, text: event.text, footprint: footprintOf([event.indexed.footprint, draft.frontmatter]) });
    }
    if (options.dryRun) return { ...base, status: "would-write", output, events: actions, drafts };
    return { ...base, status: "written", output, events: actions, drafts };
  } catch (error) {
    return ingestFailure(input, error);
  }
}
