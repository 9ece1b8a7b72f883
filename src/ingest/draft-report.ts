import path from "node:path";
import { draftArticle, type ArticleDraft, type DraftEnvironment, type DraftOptions } from "./drafting/article-draft.ts";
import { renderArticleMdx } from "./drafting/documents.ts";
import { parseRawReport, RawReportError } from "./raw-report/parse-raw-report.ts";
import { readRawFile } from "./raw-report/read-raw-file.ts";
import type { IngestInput } from "./sources/captured-inputs.ts";

/** A drafted report: what was found in it, and the text of its article file. */
export interface DraftedReport {
  draft: ArticleDraft;
  /** The article's `.mdx` file, as it will be written wherever the commit puts it. */
  articleText: string;
}

/** What drafting one input gives: the drafted report, or the reason it failed. Plain data, so it can cross threads. */
export type DraftOutcome =
  { input: string; drafted: DraftedReport; error?: undefined } | { input: string; drafted?: undefined; error: string };

/**
 * Drafts a raw report from its bytes against the known archive: parsing, dates, names, quotes, the events it
 * proposes, and the article file. Pure, so that it can run on several threads at once.
 */
export function draftReport(input: string, bytes: Uint8Array, environment: DraftEnvironment, options: DraftOptions): DraftedReport {
  const report = parseRawReport(bytes, input);
  const draft = draftArticle(report, {
    ...environment,
    publisher: options.publisher,
    sourceUrl: options.sourceUrl,
    ...(options.language ? { language: options.language } : {}),
    ...(options.captured ? { captured: options.captured } : {}),
    sourceFile: path.basename(input),
  });
  return { draft, articleText: renderArticleMdx(draft.frontmatter, draft.paragraphs) };
}

/** Reads one raw report file and drafts it; writes nothing. A file that cannot be read or drafted gives its reason. */
export function draftFile(input: string, environment: DraftEnvironment, options: DraftOptions): DraftOutcome {
  try {
    return { input, drafted: draftReport(input, readRawFile(input), environment, options) };
  } catch (error) {
    return { input, error: error instanceof RawReportError ? error.message : `${input}: ${(error as Error).message}` };
  }
}

/** Drafts one input of a batch: a raw text file, or a report a captured document holds, or passes on why it could not be read. */
export function draftInput(input: IngestInput, environment: DraftEnvironment, options: DraftOptions): DraftOutcome {
  if (typeof input === "string") return draftFile(input, environment, options);
  if (input.kind === "failed") return { input: input.input, error: input.error };
  try {
    const bytes = typeof input.raw === "string" ? new TextEncoder().encode(input.raw) : input.raw;
    return { input: input.input, drafted: draftReport(input.input, bytes, environment, { ...options, captured: input.facts }) };
  } catch (error) {
    return { input: input.input, error: error instanceof RawReportError ? error.message : `${input.input}: ${(error as Error).message}` };
  }
}
