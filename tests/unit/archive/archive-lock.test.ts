import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArchiveLockedError, LOCK_FILE, takeArchiveLock } from "../../../src/archive/archive-lock.ts";

describe("the archive's write lock", () => {
  let content: string;
  beforeEach(() => {
    content = path.join(mkdtempSync(path.join(tmpdir(), "dossier-lock-")), "content");
  });
  afterEach(() => rmSync(path.dirname(content), { recursive: true, force: true }));

  it("is held by one writer at a time and goes with its release", async () => {
    const first = await takeArchiveLock(content, { command: "ingest", activity: "writing", timeoutS: 0 });
    expect(readdirSync(content)).toEqual([LOCK_FILE]);
    await expect(takeArchiveLock(content, { command: "ingest", activity: "writing", timeoutS: 0 })).rejects.toBeInstanceOf(
      ArchiveLockedError,
    );
    first.release();
    expect(readdirSync(content)).toEqual([]);
    (await takeArchiveLock(content, { command: "ingest", activity: "writing", timeoutS: 0 })).release();
  });

  it("tells a waiting writer who holds it, then names the lock and the ways out when the wait is over", async () => {
    const held = await takeArchiveLock(content, { command: "ingest", activity: "writing", timeoutS: 0 });
    const notices: string[] = [];
    const error = await takeArchiveLock(content, {
      command: "ingest",
      activity: "writing",
      timeoutS: 0.2,
      onWait: (m) => notices.push(m),
    }).catch((e: Error) => e);
    held.release();
    expect(notices).toEqual([
      `content/ is being written by another ingest (pid ${process.pid}); waiting up to 0.2 s — --lock-timeout SECONDS to change`,
    ]);
    expect((error as Error).message.replace(/since \S+\)/, "since …)").replace(String(process.pid), "PID")).toBe(
      `${path.join(content, LOCK_FILE)}: the archive is still being written by ingest (pid PID on ${hostname()}, since …) after 0.2 s; ` +
        `nothing was written. Run again when it has finished, or wait longer with --lock-timeout SECONDS. ` +
        `If no such command is running (a crash on another machine), delete ${path.join(content, LOCK_FILE)}.`,
    );
  });
});
