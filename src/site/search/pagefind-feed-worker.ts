/**
 * The worker thread that indexes pages with Pagefind while Astro renders the others (see `pagefind-integration.ts`).
 * The build's thread hands each page over as it is rendered; this thread turns it into Pagefind's messages, so
 * encoding some 100 MB of HTML for Pagefind's service does not slow the rendering, and the service reads the pages on
 * the machine's other cores meanwhile. Both run below the rendering's priority (`yieldToRendering`): on a 2-core
 * machine they and the rendering otherwise take turns on the cores, and the rendering, which the build waits for,
 * took 12.9–13.5 s of a 2,000-report build instead of 11.5–12.5 s. Once the last page of Astro's list is in, the
 * index is written (and made lean, see `lean-bundle.ts`) while Astro finishes its own work; the build's thread checks
 * it before keeping it.
 *
 * Started with `workerData` `{ total, outputPath }`: how many numbers Astro's list has, and where the index goes.
 * Messages in, in batches: `page` (a page's number, its file and its bytes), `skip` (a number with no page to index) and
 * `finish` (every page Astro will render is rendered). Message out, once: `written`, or `failed`.
 */
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import { writeLeanBundle, type LeanBundleReport } from "./lean-bundle.ts";
import { InOrder, pagefindProblem, yieldToRendering } from "./pagefind-feed.ts";

export interface FeedSetup {
  total: number;
  outputPath: string;
}

export type FeedMessage =
  { kind: "page"; ordinal: number; file: string; bytes: ArrayBuffer } | { kind: "skip"; ordinal: number } | { kind: "finish" };

export type FeedReply =
  { kind: "written"; files: string[]; outputPath: string; lean: LeanBundleReport } | { kind: "failed"; message: string };

interface Page {
  file: string;
  bytes: ArrayBuffer;
}

const port = parentPort;
if (!port) throw new Error("pagefind-feed-worker.ts runs as a worker thread of the build");
const { total, outputPath } = workerData as FeedSetup;

// Before the Pagefind service is started, so that it runs below the rendering too.
yieldToRendering();

const decoder = new TextDecoder();
const order = new InOrder<Page>();
const files: string[] = [];
const adding: Promise<{ errors: string[] }>[] = [];
let arrived = 0;
const started = pagefind.createIndex({}).then(({ index, errors }) => {
  if (!index) throw new Error(pagefindProblem("start", errors));
  return index;
});
// A failure to start is reported with the first page that needs the index.
started.catch(() => undefined);

function give(index: pagefind.PagefindIndex, pages: Page[]): void {
  for (const { file, bytes } of pages) {
    files.push(file);
    // Pagefind's service takes the pages in the order they are sent: they are sent without waiting, in order.
    adding.push(index.addHTMLFile({ sourcePath: file, content: decoder.decode(bytes) }));
  }
}

async function write(index: pagefind.PagefindIndex): Promise<FeedReply> {
  give(index, order.rest());
  const errors = (await Promise.all(adding)).flatMap((added) => added.errors);
  if (errors.length > 0) throw new Error(pagefindProblem("index a page", errors));
  const bundle = await index.getFiles();
  if (bundle.errors.length > 0) throw new Error(pagefindProblem("write the index", bundle.errors));
  return { kind: "written", files, outputPath, lean: writeLeanBundle(bundle.files, outputPath) };
}

let writing: Promise<void> | undefined;
/** Writes the index once, when the last number is in or when the build says it has rendered everything. */
function writeOnce(index: pagefind.PagefindIndex): Promise<void> {
  writing ??= write(index)
    .then((reply) => port!.postMessage(reply))
    .finally(() => pagefind.close());
  return writing;
}

async function handle(message: FeedMessage): Promise<void> {
  const index = await started;
  if (failure !== undefined) throw new Error(failure);
  if (message.kind === "finish") return writeOnce(index);
  arrived++;
  give(index, order.put(message.ordinal, message.kind === "page" ? { file: message.file, bytes: message.bytes } : null));
  if (arrived === total) await writeOnce(index);
}

// Each message is handled after the one before it, so pages leave in the order of the list. The first failure is
// kept and reported, once, when the index is asked for.
let failure: string | undefined;
let reported = false;
let queue: Promise<void> = Promise.resolve();
port.on("message", (batch: FeedMessage[]) => {
  for (const message of batch) {
    queue = queue
      .then(() => handle(message))
      .catch((error: unknown) => {
        failure ??= error instanceof Error ? error.message : String(error);
        if (message.kind === "finish" && !reported) {
          reported = true;
          port.postMessage({ kind: "failed", message: failure } satisfies FeedReply);
        }
      });
  }
});
