import type { ResolvedDate } from "../archive/model.ts";
import type { EntityMention } from "./names/entity-matcher.ts";
import type { CoordinateProposal } from "./places/propose-coordinates.ts";
import type { NameCandidate } from "./names/name-candidates.ts";

/** What the ingest did with the events one report states: a new draft event, or the report attached to one. */
export interface EventAction {
  id: string;
  action: "created" | "attached";
  file: string;
  date: string;
}

/** The result of ingesting one input, as the command prints it (and as `--json` gives it). */
export interface IngestResult {
  input: string;
  ok: boolean;
  /** written, would-write (dry run), exists (same text already archived), failed. */
  status: "written" | "would-write" | "exists" | "failed";
  output: string | null;
  published: string | null;
  dateline: string | null;
  draft: boolean;
  dates: ResolvedDate[];
  /** Each entity the report names, once, with the words of its first mention. */
  entities: Pick<EntityMention, "id" | "name" | "type" | "text">[];
  candidates: NameCandidate[];
  events: EventAction[];
  /** The draft entity files of the report's new names: created, or an earlier draft extended; a new place's coordinates. */
  drafts: Array<Pick<EventAction, "id" | "action" | "file"> & { coordinates?: CoordinateProposal }>;
  /** The report's language ("en", "ar", "fa"), or null when it could not be told. */
  language: string | null;
  /** What the ingest could not tell but did not stop for: a report whose language it cannot name. */
  warnings: string[];
  error: string | null;
}

/** A reason not to ingest a report, with a message that already names the input. */
export class IngestError extends Error {}

/** The result of an input that could not be ingested. */
export function ingestFailure(input: string, error: unknown): IngestResult {
  const message = error instanceof IngestError ? error.message : `${input}: ${(error as Error).message}`;
  return {
    input,
    ok: false,
    status: "failed",
    output: null,
    published: null,
    dateline: null,
    draft: false,
    dates: [],
    entities: [],
    candidates: [],
    events: [],
    drafts: [],
    language: null,
    warnings: [],
    error: message,
  };
}
