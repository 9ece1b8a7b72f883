import { existsSync } from "node:fs";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { takeArchiveLock, type HeldLock } from "../archive/archive-lock.ts";

/**
 * Holds the content folder's lock while `astro build` reads the archive (Astro's content sync, between the
 * `astro:config:setup` and `astro:build:start` hooks). The collections are read one after another, so without it a
 * build running beside an ingest could read the articles before a report and the events after it, and stop on an
 * event citing a report it did not load. An ingest that is writing makes the build wait (`LOCK_TIMEOUT` seconds);
 * an ingest started meanwhile waits for the reading, a few seconds.
 */
export function contentLockIntegration(contentDir: string, timeoutS: number): AstroIntegration {
  let lock: HeldLock | null = null;
  return {
    name: "dossier:content-lock",
    hooks: {
      "astro:config:setup": async ({ command, logger }) => {
        // A missing folder is the build's to report, and nothing can write into it meanwhile.
        if (command !== "build" || !existsSync(contentDir)) return;
        lock = await takeArchiveLock(path.resolve(contentDir), {
          command: "build",
          activity: "reading",
          timeoutS,
          timeoutHint: "LOCK_TIMEOUT=SECONDS",
          onWait: (message) => logger.warn(message),
        });
      },
      "astro:build:start": () => {
        lock?.release();
        lock = null;
      },
    },
  };
}
