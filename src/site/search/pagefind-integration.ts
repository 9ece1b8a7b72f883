import type { AstroIntegration, AstroPrerenderer } from "astro";
import { readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Worker } from "node:worker_threads";
import * as pagefind from "pagefind";

import { writeLeanBundle, type LeanBundleReport } from "./lean-bundle.ts";
import { feedKey, pagefindProblem, pathInSite, type BuildFormat, type PageRoute } from "./pagefind-feed.ts";
import type { FeedMessage, FeedReply, FeedSetup } from "./pagefind-feed-worker.ts";

/**
 * Pagefind splits its word index into chunks of about this many word positions, and a search downloads the chunks
 * its words fall in. Pagefind's default (20,000) gives chunks of 15–90 KB on a 2,000-report archive; 2,500 keeps
 * them to a few KB, so a second search costs a few KB. Pagefind reads the size from its environment and calls the
 * setting unstable, so a build gate checks the chunk sizes it produces. Set the variable to override it.
 */
export const INDEX_CHUNK_SIZE = "2500";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function fail(step: string, errors: string[]): never {
  throw new Error(
    `${pagefindProblem(step, errors)}. The site was built, but dist/pagefind/ is missing or incomplete; rerun the build after fixing the problem above.`,
  );
}

/** Every HTML file of a built folder, relative to it, with `/` between folders. */
function htmlFiles(site: string): Set<string> {
  return new Set(
    (readdirSync(site, { recursive: true, encoding: "utf8" }) as string[])
      .filter((file) => file.endsWith(".html"))
      .map((file) => file.split(path.sep).join("/")),
  );
}

/** Indexes the built folder as Pagefind's own command does (every HTML file in it, read from disk) and writes it lean. */
async function indexFolder(site: string, outputPath: string): Promise<{ pages: number; lean: LeanBundleReport }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) fail("start", errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) fail("index the site", added.errors);
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) fail("write the index", bundle.errors);
    return { pages: added.page_count, lean: writeLeanBundle(bundle.files, outputPath) };
  } finally {
    await pagefind.close();
  }
}

/** How many pages go to the indexing thread in one message. */
const BATCH = 16;

/**
 * Hands each page to a worker thread as Astro renders it; the worker gives them to Pagefind in the order of Astro's
 * list of pages, whatever order they finish in, so Pagefind reads the archive on another core while the rest is
 * rendered, and writes the index as soon as the last page is in.
 */
class PageFeed {
  readonly #worker: Worker;
  readonly #ordinals = new Map<string, number>();
  readonly #replied: Promise<FeedReply>;
  readonly #format: BuildFormat;
  // Pages go over in small batches: a message to a thread costs more than handing over the bytes it carries.
  #batch: FeedMessage[] = [];
  #transfer: ArrayBuffer[] = [];
  #flushing: NodeJS.Immediate | undefined;

  constructor(paths: readonly { pathname: string; route: PageRoute }[], format: BuildFormat, outputPath: string) {
    this.#format = format;
    // Numbered without gaps: a path Astro lists twice is rendered once, and must not hold the pages after it back.
    for (const { pathname, route } of paths) {
      const { key } = feedKey(pathname, route, format);
      if (!this.#ordinals.has(key)) this.#ordinals.set(key, this.#ordinals.size);
    }
    this.#worker = new Worker(new URL("./pagefind-feed-worker.ts", import.meta.url), {
      workerData: { total: this.#ordinals.size, outputPath } satisfies FeedSetup,
    });
    // The build ends whether or not the worker is still waiting for pages.
    this.#worker.unref();
    this.#replied = new Promise((resolve) => {
      this.#worker.on("message", (reply: FeedReply) => resolve(reply));
      this.#worker.on("error", (error) => resolve({ kind: "failed", message: error.message }));
      this.#worker.on("exit", (code) => resolve({ kind: "failed", message: `the indexing thread stopped (exit code ${code})` }));
    });
  }

  /** A page as it was rendered: its bytes, or null when it is not a page to index. */
  rendered(pathname: string, route: PageRoute, bytes: ArrayBuffer | null): void {
    const { key, file } = feedKey(pathname, route, this.#format);
    const ordinal = this.#ordinals.get(key);
    if (ordinal === undefined) return;
    if (bytes && file) {
      this.#batch.push({ kind: "page", ordinal, file, bytes });
      this.#transfer.push(bytes);
    } else this.#batch.push({ kind: "skip", ordinal });
    if (this.#batch.length >= BATCH) this.#flush();
    else this.#flushing ??= setImmediate(() => this.#flush());
  }

  #flush(): void {
    if (this.#flushing) clearImmediate(this.#flushing);
    this.#flushing = undefined;
    if (this.#batch.length === 0) return;
    this.#worker.postMessage(this.#batch, this.#transfer);
    this.#batch = [];
    this.#transfer = [];
  }

  /** The index, once every page is in and it is written. */
  async finish(): Promise<FeedReply> {
    this.#worker.ref();
    this.#batch.push({ kind: "finish" });
    this.#flush();
    const reply = await this.#replied;
    await this.#worker.terminate();
    return reply;
  }
}

/** Astro's prerenderer, with every page it renders handed to the feed too. */
function feedingPrerenderer(
  prerenderer: AstroPrerenderer,
  site: { base: string; format: BuildFormat; outputPath: string },
  onFeed: (feed: PageFeed) => void,
): AstroPrerenderer {
  let feed: PageFeed | undefined;
  return {
    ...prerenderer,
    name: `${prerenderer.name}+pagefind`,
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      feed = new PageFeed(paths, site.format, site.outputPath);
      onFeed(feed);
      return paths;
    },
    async render(request, options) {
      const rendered = await prerenderer.render(request, options);
      if (!feed) return rendered;
      const response = rendered instanceof Response ? rendered : rendered.response;
      const pathname = pathInSite(request.url, site.base);
      // Astro writes a redirect's page itself, and every other page as its response says (a 404 page included).
      const redirect = response.status >= 300 && response.status < 400;
      if (redirect || !response.body || options.routeData.type !== "page") {
        feed.rendered(pathname, options.routeData, null);
        return rendered;
      }
      // Astro writes the page from a copy (a Response copies the bytes it is made from); the worker is given the
      // bytes themselves.
      const bytes = await response.arrayBuffer();
      const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      feed.rendered(pathname, options.routeData, bytes);
      return rendered instanceof Response ? copy : { ...rendered, response: copy };
    },
  };
}

/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone produces `dist/pagefind/`. Only elements
 * inside `data-pagefind-body` are indexed, each page in its own language (its `<html lang>`: Pagefind writes one
 * index per language).
 *
 * Pages are given to Pagefind while the build renders the others (see `PageFeed`), and the index is written once
 * Astro has written every page. If the pages given are not exactly the HTML files of the build (a page Astro wrote
 * that the feed did not see, or another prerenderer in charge), the built folder is indexed from disk instead, as
 * Pagefind's own command would.
 */
export function pagefindIntegration(): AstroIntegration {
  let site = { base: "/", format: "directory" as BuildFormat, outputPath: "" };
  let feed: PageFeed | undefined;
  return {
    name: "dossier:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = { base: config.base, format: config.build.format, outputPath: path.join(fileURLToPath(config.outDir), "pagefind") };
      },
      "astro:build:start": ({ setPrerenderer }) => {
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        feed = undefined;
        setPrerenderer((prerenderer) => feedingPrerenderer(prerenderer, site, (started) => (feed = started)));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        const outputPath = path.join(built, "pagefind");
        let indexed: { pages: number; lean: LeanBundleReport; how: string } | undefined;
        if (feed) {
          const replied = feed.finish();
          feed = undefined;
          // Every page is written by now: the folder is listed while the index is still being written.
          const files = htmlFiles(built);
          const reply = await replied;
          const given = new Set(reply.kind === "written" ? reply.files : []);
          const missing = [...files].filter((file) => !given.has(file));
          if (reply.kind === "written" && reply.outputPath === outputPath && missing.length === 0 && given.size === files.size) {
            indexed = { pages: given.size, lean: reply.lean, how: " as they were rendered" };
          } else {
            const why =
              reply.kind === "failed"
                ? `could not be indexed (${reply.message})`
                : `were not every page of the build (${missing.slice(0, 3).join(", ") || "other files"} missing)`;
            logger.warn(`the pages given to Pagefind while rendering ${why}; indexing the built folder instead`);
            rmSync(outputPath, { recursive: true, force: true });
          }
        }
        indexed ??= { ...(await indexFolder(built, outputPath)), how: "" };
        logger.info(
          `indexed ${indexed.pages} pages${indexed.how} into ${path.relative(process.cwd(), outputPath)} (page metadata ${kb(indexed.lean.before)} → ${kb(indexed.lean.after)} with numbered page ids)`,
        );
      },
    },
  };
}
