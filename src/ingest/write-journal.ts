import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { FileExistsError, TEMPORARY_FILE, writeFileAtomic } from "./atomic-write.ts";

/** The redo log of the files one report writes, in the content folder while they are written. */
export const JOURNAL_FILE = ".dossier-write.journal.json";

export interface PlannedWrite {
  file: string;
  text: string;
  /** Whether the file may already exist (an event a report is attached to, an article replaced with --force). */
  overwrite: boolean;
}

/**
 * Writes the files of one report as one step. Each file is written atomically; when there are several (the
 * article and its events), they are first recorded in the journal, so that a crash between two of them is
 * completed by the next writer (`finishInterruptedWrites`) instead of leaving an article without its events.
 */
export function writeTogether(contentDir: string, writes: PlannedWrite[]): void {
  if (writes.length === 1) {
    writeFileAtomic(writes[0]!.file, writes[0]!.text, { overwrite: writes[0]!.overwrite });
    return;
  }
  const journal = path.join(contentDir, JOURNAL_FILE);
  // A journal still there means an earlier report's writes failed half-way: it must not be replaced before a run completes it.
  if (existsSync(journal))
    throw new Error(`${journal}: the writes of an earlier report did not all finish; run the ingest again to complete them`);
  for (const write of writes) if (!write.overwrite && existsSync(write.file)) throw new FileExistsError(write.file);
  writeFileAtomic(journal, JSON.stringify({ writes }), { overwrite: true });
  for (const write of writes) writeFileAtomic(write.file, write.text, { overwrite: true });
  rmSync(journal);
}

function removeTemporaryFiles(folder: string): number {
  if (!existsSync(folder)) return 0;
  let removed = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && TEMPORARY_FILE.test(entry.name)) {
      rmSync(path.join(entry.parentPath, entry.name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

/**
 * Run by a writer holding the lock, before it reads the archive: completes the report a crashed writer was in the
 * middle of (its journal) and removes the temporary files it left. Returns the files written again.
 */
export function finishInterruptedWrites(contentDir: string, folders: string[]): string[] {
  const journal = path.join(contentDir, JOURNAL_FILE);
  let rewritten: string[] = [];
  if (existsSync(journal)) {
    const { writes } = JSON.parse(readFileSync(journal, "utf8")) as { writes: PlannedWrite[] };
    for (const write of writes) writeFileAtomic(write.file, write.text, { overwrite: true });
    rmSync(journal);
    rewritten = writes.map((write) => write.file);
  }
  for (const folder of new Set([contentDir, ...folders])) removeTemporaryFiles(folder);
  return rewritten;
}
