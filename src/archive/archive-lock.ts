import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** The file in the content folder that says a command is writing the archive (or a build reading it whole). */
export const LOCK_FILE = ".dossier-write.lock";
export const DEFAULT_LOCK_TIMEOUT_S = 60;

/** Who holds the lock: written once, whole, when the lock is taken. */
export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  /** A writer holds the lock for its writes; a build for the moment it reads every file. */
  activity: "writing" | "reading";
  since: string;
  token: string;
}

export class ArchiveLockedError extends Error {
  readonly lockFile: string;
  constructor(lockFile: string, owner: LockOwner | null, settings: LockSettings) {
    const who = owner ? `${owner.command} (pid ${owner.pid} on ${owner.host}, since ${owner.since})` : "another command";
    super(
      `${lockFile}: the archive is still being ${beingWhat(owner)} by ${who} after ${settings.timeoutS} s; ` +
        `${settings.activity === "writing" ? "nothing was written" : "nothing was read"}. ` +
        `Run again when it has finished, or wait longer with ${settings.timeoutHint ?? "--lock-timeout SECONDS"}. ` +
        `If no such command is running (a crash on another machine), delete ${lockFile}.`,
    );
    this.lockFile = lockFile;
  }
}

function beingWhat(owner: LockOwner | null): string {
  return owner?.activity === "reading" ? "read" : "written";
}

export interface LockSettings {
  /** What the owner is, for the messages of a writer that waits: "ingest", "build". */
  command: string;
  activity: LockOwner["activity"];
  timeoutS: number;
  /** How to wait longer, for the messages: "--lock-timeout SECONDS" unless said. */
  timeoutHint?: string;
  /** Said once when the lock is held by another live command, and when a dead one's lock is taken over. */
  onWait?: (message: string) => void;
}

export interface HeldLock {
  file: string;
  release(): void;
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return null;
  }
}

/** The tokens of the locks this process holds: another lock naming its process id is a previous process's. */
const heldHere = new Set<string>();

/** Whether the owner's process is gone. Only a process on this host can be checked; another host's lock stays held. */
function ownerIsGone(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  // A process id comes round again (a restarted container), so this one's own id does not make a lock live.
  if (owner.pid === process.pid) return !heldHere.has(owner.token);
  return processIsGone(owner.pid);
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Creates the lock file with its owner already in it: the text goes to a private file, which is hard-linked to
 * the lock's name. The link fails when the name exists, so exactly one writer wins, and nobody reads a half-written owner.
 */
function tryCreate(file: string, owner: LockOwner): boolean {
  const temporary = `${file}.${owner.pid}-${owner.token}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(owner)}\n`, { flag: "wx" });
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Removes a dead owner's lock, but only that one: the lock is first moved aside, and put back when it turns out to be
 * a live writer's that took the name in the meantime.
 */
function removeStale(file: string, stale: LockOwner): void {
  const aside = `${file}.${process.pid}-${randomBytes(6).toString("hex")}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  if (readOwner(aside)?.token !== stale.token) {
    try {
      linkSync(aside, file);
    } catch {
      // Only when a third writer took the name within these few microseconds: it holds the lock now.
    }
  }
  rmSync(aside, { force: true });
}

/** Removes what a writer killed while taking or recovering the lock left beside it (named after its process id). */
function removeLeftovers(file: string): void {
  const folder = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  for (const name of readdirSync(folder)) {
    const match = name.startsWith(prefix) ? /^(\d+)-[0-9a-f]+\.(tmp|stale)$/.exec(name.slice(prefix.length)) : null;
    if (match && Number(match[1]) !== process.pid && processIsGone(Number(match[1]))) rmSync(path.join(folder, name), { force: true });
  }
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Takes the exclusive write lock of a content folder, waiting up to `timeoutS` seconds for another writer. A lock
 * whose owner no longer runs (killed, crashed) is taken over at once. The lock goes on release, on exit and on
 * SIGINT, SIGTERM or SIGHUP (after which the signal does what it would have done).
 */
export async function takeArchiveLock(contentDir: string, settings: LockSettings): Promise<HeldLock> {
  const file = path.join(contentDir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command: settings.command,
    activity: settings.activity,
    since: new Date().toISOString(),
    token: randomBytes(8).toString("hex"),
  };
  mkdirSync(contentDir, { recursive: true });
  const deadline = Date.now() + settings.timeoutS * 1000;
  let told = false;
  let pause = 20;
  while (!tryCreate(file, owner)) {
    const current = readOwner(file);
    if (current && ownerIsGone(current)) {
      settings.onWait?.(`${file} was left by ${current.command} pid ${current.pid}, which no longer runs; taking it over`);
      removeStale(file, current);
      continue;
    }
    // Released between the two looks: try again at once.
    if (current === null && !existsSync(file)) continue;
    if (Date.now() >= deadline) throw new ArchiveLockedError(file, current, settings);
    if (!told) {
      const who = current
        ? `${current.command === settings.command ? "another" : "an"} ${current.command} (pid ${current.pid})`
        : "another command";
      settings.onWait?.(
        `${path.basename(contentDir)}/ is being ${beingWhat(current)} by ${who}; waiting up to ${settings.timeoutS} s — ${settings.timeoutHint ?? "--lock-timeout SECONDS"} to change`,
      );
      told = true;
    }
    await sleep(Math.min(pause, Math.max(1, deadline - Date.now())));
    pause = Math.min(pause * 2, 250);
  }

  heldHere.add(owner.token);
  removeLeftovers(file);
  const release = () => {
    heldHere.delete(owner.token);
    process.off("exit", release);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    if (readOwner(file)?.token === owner.token) rmSync(file, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.kill(process.pid, signal);
  };
  process.on("exit", release);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return { file, release };
}
