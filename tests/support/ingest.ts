import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_COLLECTIONS } from "../../src/archive/entity-kinds.ts";
import type { IngestResult } from "../../src/ingest/ingest-result.ts";
import { createTempSite, REPO_ROOT, type TempSite } from "./temp-site.ts";

/** The ingest command under test. */
export const INGEST_CLI = path.join(REPO_ROOT, "src/ingest/cli.ts");
export const INGEST_FIXTURES = fileURLToPath(new URL("../fixtures/ingest/", import.meta.url));

/** A fixture of tests/fixtures/ingest/, by its path inside that folder. */
export function ingestFixture(relative: string): string {
  return path.join(INGEST_FIXTURES, relative);
}

/** One result of `--json`: the command prints each IngestResult as it is. */
export type IngestResultJson = IngestResult;

export interface IngestRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed, when the run had --json (parsing fails loudly if stdout holds anything but one JSON object). */
  json: { results: IngestResultJson[] } | null;
}

/**
 * Runs `node src/ingest/cli.ts …args` with the project's Node in `where` (a folder or a temp site), keeping
 * stdout and stderr apart so that `--json` output can be checked to be nothing but JSON.
 */
export function runIngest(where: string | { root: string }, args: string[]): IngestRun {
  const cwd = typeof where === "string" ? where : where.root;
  const result = spawnSync(process.execPath, [INGEST_CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  let json: IngestRun["json"] = null;
  if (args.includes("--json") && result.status !== 2) {
    try {
      json = JSON.parse(result.stdout) as IngestRun["json"];
    } catch (error) {
      throw new Error(
        `ingest --json printed something other than one JSON object (exit ${result.status}).\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
        { cause: error },
      );
    }
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, json };
}

/** The only result of a one-input `--json` run. */
export function onlyResult(run: IngestRun): IngestResultJson {
  const results = run.json?.results ?? [];
  if (results.length !== 1) throw new Error(`expected one result, got ${results.length}:\n${run.stdout}\n${run.stderr}`);
  return results[0]!;
}

/** Places the invented reports name beyond the curated archive, so their datelines resolve. */
export const EXTRA_PLACES: Record<string, string> = {
  beirut: "name: Beirut\naliases: []\noriginalScript: [بيروت]\nkind: city\ncountry: lebanon\ndescription: Capital of Lebanon.\n",
  lebanon:
    "name: Lebanon\naliases: [Lebanese Republic]\noriginalScript: [لبنان]\nkind: country\ndescription: Country on the eastern Mediterranean.\n",
  cairo: "name: Cairo\naliases: []\noriginalScript: [القاهرة]\nkind: city\ncountry: egypt\ndescription: Capital of Egypt.\n",
  egypt: "name: Egypt\naliases: []\noriginalScript: [مصر]\nkind: country\ndescription: Country in North Africa.\n",
  baghdad: "name: Baghdad\naliases: []\noriginalScript: [بغداد]\nkind: city\ncountry: iraq\ndescription: Capital of Iraq.\n",
  iraq: "name: Iraq\naliases: [Republic of Iraq]\noriginalScript: [العراق]\nkind: country\ndescription: Country in Western Asia.\n",
};

function addExtraPlaces(contentDir: string): void {
  for (const [id, yaml] of Object.entries(EXTRA_PLACES)) writeFileSync(path.join(contentDir, "places", `${id}.yaml`), yaml);
}

/** A throw-away archive folder for ingesting without building: `<root>/content` with the curated entities only. */
export interface TempArchive {
  root: string;
  content: string;
  file(relative: string): string;
  remove(): void;
}

export function createTempArchive(options: { extraPlaces?: boolean } = {}): TempArchive {
  const root = mkdtempSync(path.join(tmpdir(), "dossier-ingest-"));
  const content = path.join(root, "content");
  for (const folder of ENTITY_COLLECTIONS) {
    cpSync(path.join(REPO_ROOT, "content", folder), path.join(content, folder), { recursive: true });
  }
  if (options.extraPlaces) addExtraPlaces(content);
  return { root, content, file: (relative) => path.join(root, relative), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A temp copy of the site with the curated entities but no articles and no events, ready to ingest into and build. */
export function createSiteWithoutReports(options: { extraPlaces?: boolean } = {}): TempSite {
  const site = createTempSite();
  rmSync(site.file("content/articles"), { recursive: true, force: true });
  rmSync(site.file("content/events"), { recursive: true, force: true });
  if (options.extraPlaces) addExtraPlaces(site.file("content"));
  return site;
}

/** A fresh temp folder for inputs. */
export function createInputFolder(): { dir: string; file(name: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-raw-"));
  return { dir, file: (name) => path.join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `dir` (relative paths, sorted), hidden ones included. */
export function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Each file under `dir` with the hash of its bytes and its modification time: equal snapshots mean nothing was written. */
export function snapshotTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((relative) => {
      const file = path.join(dir, relative);
      const hash = createHash("sha256").update(readFileSync(file)).digest("hex");
      return [relative, `${hash} ${statSync(file).mtimeMs}`];
    }),
  );
}

/** Temporary files an interrupted atomic write would leave behind. */
export function leftoverTempFiles(dir: string): string[] {
  return filesUnder(dir).filter((relative) => /\.tmp$/i.test(relative));
}

/** Writes `text` to `file`, creating its folder. */
export function writeText(file: string, text: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The frontmatter block of an `.mdx` file, and its body after the closing `---`. */
export function splitMdx(text: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`not an MDX file with frontmatter:\n${text.slice(0, 200)}`);
  return { frontmatter: match[1]!, body: match[2]! };
}

/** An ingest started without waiting for it: its process, and its run once it exits. */
export interface StartedIngest {
  child: ChildProcess;
  done: Promise<IngestRun & { signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node src/ingest/cli.ts …args` in `where` and returns at once, so that several can run together.
 * `nodeOptions` go before the script (e.g. `--import` of a test preload); `env` is added to the environment.
 */
export function startIngest(
  where: string | { root: string },
  args: string[],
  options: { nodeOptions?: string[]; env?: Record<string, string> } = {},
): StartedIngest {
  const cwd = typeof where === "string" ? where : where.root;
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), INGEST_CLI, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<IngestRun & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => {
      let json: IngestRun["json"] = null;
      if (args.includes("--json") && status === 0) json = JSON.parse(stdout) as IngestRun["json"];
      resolve({ status, signal, stdout, stderr, json });
    });
  });
  return { child, done };
}
