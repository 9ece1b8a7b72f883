import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createEntityMatcher } from "./names/entity-matcher.ts";
import { loadArchiveIndex, type ArchiveIndex } from "./archive-index.ts";
import { DEFAULT_LOCK_TIMEOUT_S, takeArchiveLock } from "../archive/archive-lock.ts";
import { commitDraft, type IngestOptions } from "./commit-report.ts";
import { draftInput, type DraftOutcome } from "./draft-report.ts";
import type { IngestInput } from "./sources/captured-inputs.ts";
import { keepOriginal } from "./sources/keep-original.ts";
import type { IngestResult } from "./ingest-result.ts";
import { finishInterruptedWrites, WriteJournal } from "./write-journal.ts";

export interface RunIngestSettings {
  contentDir: string;
  articlesDir?: string;
  options: IngestOptions;
  /** Drafting threads; defaults to the machine's cores. */
  threads?: number;
  /** Called with each result, in input order, as soon as it is committed. */
  onResult?: (result: IngestResult, position: number) => void;
  /** How long to wait for another writer of the archive; default 60 s. */
  lockTimeoutS?: number;
  /** Told when another writer holds the archive, or left it behind when it died. */
  onLockNotice?: (message: string) => void;
}

// Below this many inputs, starting threads costs more than it saves.
const PARALLEL_FROM = 8;

function draftInline(
  inputs: IngestInput[],
  index: ArchiveIndex,
  options: IngestOptions,
  commit: (outcome: DraftOutcome, position: number) => void,
): void {
  const environment = { matcher: createEntityMatcher([...index.entities.values()]), entities: index.entities, cityIds: index.cityIds };
  inputs.forEach((input, position) => commit(draftInput(input, environment, options), position));
}

/** Drafts on worker threads (the CPU-heavy part) and hands outcomes back in input order. */
async function draftOnThreads(
  inputs: IngestInput[],
  index: ArchiveIndex,
  options: IngestOptions,
  threads: number,
  commit: (outcome: DraftOutcome, position: number) => void,
): Promise<void> {
  const setup = {
    entities: [...index.entities.values()],
    cityIds: [...index.cityIds],
    options: { publisher: options.publisher, sourceUrl: options.sourceUrl, ...(options.language ? { language: options.language } : {}) },
  };
  const workers = Array.from({ length: threads }, () => new Worker(new URL("./draft-worker.ts", import.meta.url), { workerData: setup }));
  const waiting = new Map<number, DraftOutcome>();
  let nextToSend = 0;
  let nextToCommit = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (nextToSend < inputs.length) worker.postMessage({ position: nextToSend, input: inputs[nextToSend++] });
      };
      for (const worker of workers) {
        worker.on("error", reject);
        worker.on("message", ({ position, outcome }: { position: number; outcome: DraftOutcome }) => {
          waiting.set(position, outcome);
          send(worker);
          try {
            while (waiting.has(nextToCommit)) {
              const ready = waiting.get(nextToCommit)!;
              waiting.delete(nextToCommit);
              commit(ready, nextToCommit++);
            }
          } catch (error) {
            reject(error);
          }
          if (nextToCommit === inputs.length) resolve();
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Ingests a batch: drafts every input (in parallel when the batch is large), then commits the drafts one by
 * one in input order, so a batch gives the same archive however many threads drafted it. Unless it is a dry run,
 * the batch holds the archive's write lock from before it reads the archive until its last write, so another
 * writer's reports are either all in the archive it reads or all added after it.
 */
export async function runIngest(inputs: IngestInput[], settings: RunIngestSettings): Promise<IngestResult[]> {
  const lock = settings.options.dryRun
    ? null
    : await takeArchiveLock(settings.contentDir, {
        command: "ingest",
        activity: "writing",
        timeoutS: settings.lockTimeoutS ?? DEFAULT_LOCK_TIMEOUT_S,
        onWait: settings.onLockNotice,
      });
  try {
    if (lock) {
      const rewritten = finishInterruptedWrites(settings.contentDir, settings.articlesDir ? [settings.articlesDir] : []);
      if (rewritten.length > 0) settings.onLockNotice?.(`completed the interrupted writes of the last ingest: ${rewritten.join(", ")}`);
    }
    const index = loadArchiveIndex(settings.contentDir, settings.articlesDir);
    const journal = lock ? new WriteJournal(settings.contentDir) : null;
    try {
      const results: IngestResult[] = [];
      const commit = (outcome: DraftOutcome, position: number) => {
        // The exact input bytes are stored before the first article that names them, and only for a new article.
        const input = inputs[position];
        const original = typeof input === "object" && input.kind === "captured" ? input.original : undefined;
        if (lock && original && outcome.drafted && !index.articleBySha.has(outcome.drafted.draft.frontmatter.source.sha256))
          keepOriginal(settings.contentDir, original);
        const result = commitDraft(outcome, index, settings.options, journal);
        results.push(result);
        settings.onResult?.(result, position);
      };
      const threads = Math.min(settings.threads ?? availableParallelism(), inputs.length);
      if (threads <= 1 || inputs.length < PARALLEL_FROM) draftInline(inputs, index, settings.options, commit);
      else await draftOnThreads(inputs, index, settings.options, threads, commit);
      return results;
    } finally {
      journal?.close();
    }
  } finally {
    lock?.release();
  }
}
