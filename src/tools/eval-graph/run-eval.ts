/**
 * `npm run eval:graph -- [--key FILE] [--json] [--shuffle SEED]`: copies content/ to a temporary
 * folder, ingests the key's corpus files into it with the ingest CLI (one batch call), reads the
 * events and entities that result and scores them against the answer key (score-graph.ts).
 * Exits 0 whatever the scores; only a failed run exits non-zero.
 */
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import {
  scoreGraph,
  type AnswerKey,
  type EntityType,
  type GraphScore,
  type KeyName,
  type OutputEntity,
  type OutputEvent,
  type Ratio,
} from "./score-graph.ts";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const DEFAULT_KEY = path.join(REPO, "tests/fixtures/graph/answer-key.yaml");
const COLLECTIONS: Record<string, EntityType> = { people: "person", organizations: "organization", places: "place" };

interface CliResult {
  input: string;
  ok: boolean;
  output?: string | null;
  error?: unknown;
}

function asString(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(value);
  return null;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((item) => (asString(item) === null ? [] : [asString(item) ?? ""])) : [];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

async function readKey(file: string): Promise<{ key: AnswerKey; corpus: string }> {
  const raw = record(parse(await readFile(file, "utf8")));
  const key: AnswerKey = {
    happenings: (Array.isArray(raw.happenings) ? raw.happenings : []).map((item) => {
      const h = record(item);
      const existing = asString(h.existing);
      return {
        id: asString(h.id) ?? "",
        date: asString(h.date) ?? "",
        action: asString(h.action) ?? "",
        ...(existing === null ? {} : { existing }),
        planned: h.planned === true,
      };
    }),
    reports: (Array.isArray(raw.reports) ? raw.reports : []).map((item) => {
      const r = record(item);
      return { file: asString(r.file) ?? "", states: asStrings(r.states), announces: asStrings(r.announces) };
    }),
    names: (Array.isArray(raw.names) ? raw.names : []).map((item): KeyName => {
      const n = record(item);
      return { name: asString(n.name) ?? "", type: (asString(n.type) ?? "place") as EntityType, forms: asStrings(n.forms) };
    }),
  };
  const corpus = path.resolve(path.dirname(file), asString(raw.corpus) ?? "corpus");
  return { key, corpus };
}

/** A seeded shuffle (mulberry32 + Fisher–Yates), so an ingest order can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

async function yamlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  } catch {
    return [];
  }
}

async function readEvents(content: string, preexisting: Set<string>, articleFile: Map<string, string>): Promise<OutputEvent[]> {
  const dir = path.join(content, "events");
  const events: OutputEvent[] = [];
  for (const name of await yamlFiles(dir)) {
    const id = name.replace(/\.yaml$/, "");
    const data = record(parse(await readFile(path.join(dir, name), "utf8")));
    events.push({
      id,
      date: asString(data.date) ?? asString(data.start) ?? "",
      status: data.status === "planned" ? "planned" : "happened",
      action: asString(data.action),
      preexisting: preexisting.has(id),
      reports: (Array.isArray(data.reports) ? data.reports : []).map((item) => {
        const report = record(item);
        return { file: articleFile.get(asString(report.article) ?? "") ?? null, announced: report.announced === true };
      }),
    });
  }
  return events;
}

async function readEntities(content: string): Promise<OutputEntity[]> {
  const entities: OutputEntity[] = [];
  for (const [folder, type] of Object.entries(COLLECTIONS)) {
    const dir = path.join(content, folder);
    for (const name of await yamlFiles(dir)) {
      const data = record(parse(await readFile(path.join(dir, name), "utf8")));
      entities.push({
        id: name.replace(/\.yaml$/, ""),
        type,
        name: asString(data.name) ?? "",
        aliases: asStrings(data.aliases),
        draft: data.draft === true,
      });
    }
  }
  return entities;
}

function percent(ratio: Ratio): string {
  return ratio.value === null ? "n/a" : `${(ratio.value * 100).toFixed(1)}% (${ratio.correct}/${ratio.total})`;
}

function printTable(score: GraphScore, info: { key: string; files: number; ingested: number; events: number }): void {
  const rows: [string, string][] = [
    ["key", path.relative(REPO, info.key)],
    ["reports ingested", `${info.ingested}/${info.files}`],
    ["events in archive after run", String(info.events)],
    ["event pair precision", percent(score.pairs.precision)],
    ["event pair recall", percent(score.pairs.recall)],
    ["duplicate events", String(score.duplicates)],
    ["junk events", String(score.junk)],
    ["plans shown as done", `${score.plansAsDone.total} (events ${score.plansAsDone.events}, pairs ${score.plansAsDone.pairs})`],
    ["plan recall", percent(score.planRecall)],
    ["entity recall", percent(score.entities.recall)],
    ["entities of the wrong type", String(score.entities.wrongType)],
    ["spurious draft entities", `${score.entities.spurious} of ${score.entities.drafts} drafts`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n"));
  const list = (title: string, items: readonly string[]) => {
    if (items.length > 0) console.log(`\n${title} (${items.length}):\n${items.map((item) => `  ${item}`).join("\n")}`);
  };
  list(
    "event mapping",
    Object.entries(score.mapping).map(([event, happening]) => `${event} → ${happening ?? "(none)"}`),
  );
  list("missed pairs", score.missedPairs);
  list("wrong pairs", score.wrongPairs);
  list("missed names", score.missedNames);
  list("spurious draft entities", score.spuriousNames);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { key: { type: "string" }, json: { type: "boolean", default: false }, shuffle: { type: "string" } },
  });
  const keyFile = path.resolve(values.key ?? DEFAULT_KEY);
  const { key, corpus } = await readKey(keyFile);
  let files = key.reports.map((report) => path.join(corpus, report.file));
  if (values.shuffle !== undefined) {
    const seed = Number(values.shuffle);
    if (!Number.isInteger(seed)) throw new Error(`--shuffle wants an integer seed, not "${values.shuffle}"`);
    files = shuffle(files, seed);
  }

  const temp = await mkdtemp(path.join(tmpdir(), "dossier-eval-graph-"));
  try {
    const content = path.join(temp, "content");
    await cp(path.join(REPO, "content"), content, { recursive: true });
    const preexisting = new Set((await yamlFiles(path.join(content, "events"))).map((name) => name.replace(/\.yaml$/, "")));
    const run = spawnSync(process.execPath, [path.join(REPO, "src/ingest/cli.ts"), "--content", content, "--json", ...files], {
      cwd: REPO,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    if (run.status !== 0 && run.status !== 1) throw new Error(`the ingest CLI exited ${run.status}: ${run.stderr}`);
    const results = (record(JSON.parse(run.stdout)).results ?? []) as CliResult[];
    const articleFile = new Map<string, string>();
    for (const result of results) {
      if (result.ok && typeof result.output === "string")
        articleFile.set(path.basename(result.output, ".mdx"), path.basename(result.input));
    }
    const events = await readEvents(content, preexisting, articleFile);
    const entities = await readEntities(content);
    const score = scoreGraph(key, events, entities);
    const failed = results.filter((result) => !result.ok).map((result) => ({ input: path.basename(result.input), error: result.error }));
    if (values.json) {
      // Each event as its day, status and the corpus reports it holds: what two runs in different orders must share.
      const groups = events
        .filter((event) => event.reports.some((report) => report.file !== null))
        .map((event) => `${event.date} ${event.status}: ${[...new Set(event.reports.flatMap((r) => r.file ?? []))].sort().join(", ")}`)
        .sort();
      console.log(
        JSON.stringify({ key: path.relative(REPO, keyFile), files: files.length, ingested: articleFile.size, failed, ...score, groups }),
      );
    } else {
      printTable(score, { key: keyFile, files: files.length, ingested: articleFile.size, events: events.length });
      if (failed.length > 0) console.log(`\nfailed inputs:\n${failed.map((f) => `  ${f.input}: ${JSON.stringify(f.error)}`).join("\n")}`);
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
