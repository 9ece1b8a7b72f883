import { closeSync, existsSync, ftruncateSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { FileExistsError, TEMPORARY_FILE, writeFileAtomic } from "./atomic-write.ts";

/** The redo log of a writing batch, in the content folder while the batch holds the lock. */
export const JOURNAL_FILE = ".dossier-write.journal.json";

export interface FileWrite {
  file: string;
  text: string;
  /** Whether the file may already exist (an event a report is attached to, an article replaced with --force). */
  overwrite: boolean;
}

/** A file removed in the same step as the writes (an event merged into another, a dropped draft). */
export interface FileRemoval {
  file: string;
  delete: true;
}

export type PlannedWrite = FileWrite | FileRemoval;

function isRemoval(write: PlannedWrite): write is FileRemoval {
  return "delete" in write && write.delete;
}

/** Does one planned write; a removal of a file already gone is done, so a step can be redone after a crash. */
function apply(write: PlannedWrite, overwrite: boolean): void {
  if (isRemoval(write)) rmSync(write.file, { force: true });
  else writeFileAtomic(write.file, write.text, { overwrite });
}

/**
 * Writes the files of each report as one step. Each file is written atomically; when a report writes several (the
 * article and its events), they are first recorded in the journal, so that a crash between two of them is
 * completed by the next writer (`finishInterruptedWrites`) instead of leaving an article without its events.
 * The journal is one file for the whole batch, kept open and overwritten in place (no file created per report);
 * it is empty between reports.
 */
export class WriteJournal {
  readonly file: string;
  readonly #fd: number;
  /** A report's writes failed half-way: its record must stay for the next run, so no other may replace it. */
  #pending = false;

  constructor(contentDir: string) {
    this.file = path.join(contentDir, JOURNAL_FILE);
    this.#fd = openSync(this.file, "w");
  }

  writeTogether(writes: PlannedWrite[]): void {
    if (writes.length === 1) {
      const [write] = writes as [PlannedWrite];
      apply(write, !isRemoval(write) && write.overwrite);
      return;
    }
    if (this.#pending)
      throw new Error(`${this.file}: the writes of an earlier report did not all finish; run the ingest again to complete them`);
    for (const write of writes) if (!isRemoval(write) && !write.overwrite && existsSync(write.file)) throw new FileExistsError(write.file);
    const record = Buffer.from(JSON.stringify({ writes }));
    try {
      writeSync(this.#fd, record, 0, record.length, 0);
    } catch (error) {
      ftruncateSync(this.#fd, 0);
      throw error;
    }
    this.#pending = true;
    for (const write of writes) apply(write, true);
    ftruncateSync(this.#fd, 0);
    this.#pending = false;
  }

  /** Closes the journal, and removes it unless a report's writes are still to be completed. */
  close(): void {
    closeSync(this.#fd);
    if (!this.#pending) rmSync(this.file, { force: true });
  }
}

function removeTemporaryFiles(folder: string): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && TEMPORARY_FILE.test(entry.name)) rmSync(path.join(entry.parentPath, entry.name), { force: true });
  }
}

/** The writes a journal records; none when it is empty or its record was cut short (then none of them had begun). */
function recordedWrites(journal: string): PlannedWrite[] {
  try {
    return (JSON.parse(readFileSync(journal, "utf8")) as { writes: PlannedWrite[] }).writes;
  } catch {
    return [];
  }
}

/**
 * Run by a writer holding the lock, before it reads the archive: completes the report a crashed writer was in the
 * middle of (its journal) and removes the temporary files it left. Returns the files written or removed again.
 */
export function finishInterruptedWrites(contentDir: string, folders: string[]): string[] {
  const journal = path.join(contentDir, JOURNAL_FILE);
  let rewritten: string[] = [];
  if (existsSync(journal)) {
    const writes = recordedWrites(journal);
    for (const write of writes) apply(write, true);
    rmSync(journal);
    rewritten = writes.map((write) => write.file);
  }
  for (const folder of new Set([contentDir, ...folders])) removeTemporaryFiles(folder);
  return rewritten;
}
