/**
 * Preloaded (`node --import`) into an ingest under test: kills the process with SIGKILL right after its Nth change
 * to the file system (a file written, renamed, linked or removed), N from DOSSIER_TEST_CRASH_AFTER_WRITES. Counting
 * changes rather than time puts each kill at the same point of the batch on every run.
 */
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { isMainThread } from "node:worker_threads";

const limit = Number(process.env.DOSSIER_TEST_CRASH_AFTER_WRITES ?? 0);

if (isMainThread && limit > 0) {
  let changes = 0;
  const patched = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ["writeFileSync", "renameSync", "linkSync", "rmSync", "unlinkSync"]) {
    const original = patched[name]!;
    patched[name] = (...args: unknown[]) => {
      const result = original(...args);
      changes += 1;
      if (changes >= limit) process.kill(process.pid, "SIGKILL");
      return result;
    };
  }
  // Named imports of node:fs (`import { renameSync } from "node:fs"`) follow the patched functions only after this.
  syncBuiltinESMExports();
}
