/**
 * The worker thread that indexes pages with Pagefind while Astro renders the others (see `pagefind-integration.ts`).
 * The build's thread hands each page over as it is rendered; this thread turns it into Pagefind's messages, so
 * encoding some 100 MB of HTML for Pagefind's service does not slow the rendering, and the service reads the pages on
 * the machine's other cores meanwhile.
 *
 * Messages in: `page` (a page's number in Astro's list, its file and its bytes), `skip` (a number with no page to
 * index) and `finish` (write the index). Message out: `written` (the files given and any errors), or `failed`.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { InOrder } from "./pagefind-feed.ts";

export type FeedMessage =
  | { kind: "page"; ordinal: number; file: string; bytes: ArrayBuffer }
  | { kind: "skip"; ordinal: number }
  | { kind: "finish"; outputPath: string };

export type FeedReply = { kind: "written"; files: string[]; pages: number; outputPath: string } | { kind: "failed"; message: string };

interface Page {
  file: string;
  bytes: ArrayBuffer;
}

const port = parentPort;
if (!port) throw new Error("pagefind-feed-worker.ts runs as a worker thread of the build");

const decoder = new TextDecoder();
const order = new InOrder<Page>();
const files: string[] = [];
const adding: Promise<{ errors: string[] }>[] = [];
const started = pagefind.createIndex({}).then(({ index, errors }) => {
  if (!index) throw new Error(`could not start: ${errors.join("; ") || "no detail given"}`);
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

async function finish(index: pagefind.PagefindIndex, outputPath: string): Promise<FeedReply> {
  give(index, order.rest());
  const errors = (await Promise.all(adding)).flatMap((added) => added.errors);
  if (errors.length > 0) throw new Error(`could not index a page: ${errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`could not write the index: ${written.errors.join("; ")}`);
  return { kind: "written", files, pages: files.length, outputPath: written.outputPath };
}

async function handle(message: FeedMessage): Promise<void> {
  const index = await started;
  if (message.kind === "page") give(index, order.put(message.ordinal, { file: message.file, bytes: message.bytes }));
  else if (message.kind === "skip") give(index, order.put(message.ordinal, null));
  else {
    try {
      if (failure !== undefined) throw new Error(failure);
      port!.postMessage(await finish(index, message.outputPath));
    } finally {
      await pagefind.close();
    }
  }
}

// Each message is handled after the one before it, so pages leave in the order the list puts them in. The first
// failure is kept and reported when the index is asked for.
let failure: string | undefined;
let queue: Promise<void> = Promise.resolve();
port.on("message", (message: FeedMessage) => {
  queue = queue
    .then(() => handle(message))
    .catch((error: unknown) => {
      failure ??= error instanceof Error ? error.message : String(error);
      if (message.kind === "finish") port.postMessage({ kind: "failed", message: failure } satisfies FeedReply);
    });
});
