import type { AstroIntegration, AstroPrerenderer } from "astro";
import { readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Worker } from "node:worker_threads";
import * as pagefind from "pagefind";

import { leanBundle } from "./lean-bundle.ts";
import { pageFile, pathInSite, type BuildFormat, type PageRoute } from "./pagefind-feed.ts";
import type { FeedMessage, FeedReply } from "./pagefind-feed-worker.ts";

/**
 * Pagefind splits its word index into chunks of about this many word positions, and a search downloads the chunks
 * its words fall in. Pagefind's default (20,000) gives chunks of 15–90 KB on a 2,000-report archive; 2,500 keeps
 * them to a few KB, so a second search costs a few KB. Pagefind reads the size from its environment and calls the
 * setting unstable, so a build gate checks the chunk sizes it produces. Set the variable to override it.
 */
export const INDEX_CHUNK_SIZE = "2500";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function fail(step: string, errors: string[], cause?: unknown): never {
  throw new Error(
    `Pagefind could not ${step}: ${errors.join("; ") || "no detail given"}. The site was built, but dist/pagefind/ is missing or incomplete; rerun the build after fixing the problem above.`,
    { cause },
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

/** Indexes the built folder as Pagefind's own command does: every HTML file in it, read from disk. */
async function indexFolder(site: string, outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) fail("start", errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) fail("index the site", added.errors);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail("write the index", written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Hands each page to a worker thread as Astro renders it; the worker gives them to Pagefind in the order of Astro's
 * list of pages, whatever order they finish in, so Pagefind reads the archive on another core while the rest is
 * rendered, and only writing the index is left for the end of the build.
 */
class PageFeed {
  readonly #worker = new Worker(new URL("./pagefind-feed-worker.ts", import.meta.url));
  readonly #ordinals = new Map<string, number>();
  #failure: string | undefined;
  readonly #replied: Promise<FeedReply>;

  readonly format: BuildFormat;

  constructor(paths: readonly { pathname: string; route: PageRoute }[], format: BuildFormat) {
    this.format = format;
    paths.forEach(({ pathname, route }, ordinal) => {
      const key = this.key(pathname, route);
      if (!this.#ordinals.has(key)) this.#ordinals.set(key, ordinal);
    });
    // The build ends whether or not the worker is still waiting for pages.
    this.#worker.unref();
    this.#replied = new Promise((resolve) => {
      this.#worker.on("message", (reply: FeedReply) => resolve(reply));
      this.#worker.on("error", (error) => resolve({ kind: "failed", message: error.message }));
      this.#worker.on("exit", (code) => resolve({ kind: "failed", message: `the indexing thread stopped (exit code ${code})` }));
    });
  }

  key(pathname: string, route: PageRoute): string {
    return pageFile(pathname, route, this.format) ?? `${route.type} ${pathname.replace(/^\/+|\/+$/g, "")}`;
  }

  #send(message: FeedMessage, transfer: ArrayBuffer[] = []): void {
    if (this.#failure === undefined) this.#worker.postMessage(message, transfer);
  }

  /** A page as it was rendered: its bytes, or null when it is not a page to index. */
  rendered(pathname: string, route: PageRoute, bytes: ArrayBuffer | null): void {
    const ordinal = this.#ordinals.get(this.key(pathname, route));
    if (ordinal === undefined) return;
    const file = pageFile(pathname, route, this.format);
    if (bytes && file) this.#send({ kind: "page", ordinal, file, bytes }, [bytes]);
    else this.#send({ kind: "skip", ordinal });
  }

  /** Writes the index into `outputPath` once every page is in. */
  async finish(outputPath: string): Promise<FeedReply> {
    this.#worker.ref();
    this.#send({ kind: "finish", outputPath });
    const reply = await this.#replied;
    await this.#worker.terminate();
    return reply;
  }
}

/** Astro's prerenderer, with every page it renders handed to the feed too. */
function feedingPrerenderer(
  prerenderer: AstroPrerenderer,
  base: string,
  format: BuildFormat,
  onFeed: (feed: PageFeed) => void,
): AstroPrerenderer {
  let feed: PageFeed | undefined;
  return {
    ...prerenderer,
    name: `${prerenderer.name}+pagefind`,
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      feed = new PageFeed(paths, format);
      onFeed(feed);
      return paths;
    },
    async render(request, options) {
      const rendered = await prerenderer.render(request, options);
      if (!feed) return rendered;
      const response = rendered instanceof Response ? rendered : rendered.response;
      const pathname = pathInSite(request.url, base);
      // Astro writes a redirect's page itself, and every other page as its response says (a 404 page included).
      const redirect = response.status >= 300 && response.status < 400;
      if (redirect || !response.body || options.routeData.type !== "page") {
        feed.rendered(pathname, options.routeData, null);
        return rendered;
      }
      // Astro writes the page from the copy; the worker is given the bytes themselves.
      const bytes = await response.arrayBuffer();
      const copy = new Response(bytes.slice(0), { status: response.status, statusText: response.statusText, headers: response.headers });
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
  let base = "/";
  let format: BuildFormat = "directory";
  let feed: PageFeed | undefined;
  return {
    name: "dossier:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
        format = config.build.format;
      },
      "astro:build:start": ({ setPrerenderer }) => {
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        feed = undefined;
        setPrerenderer((prerenderer) => feedingPrerenderer(prerenderer, base, format, (started) => (feed = started)));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = path.join(site, "pagefind");
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        let pages: number | undefined;
        let how = "";
        if (feed) {
          const reply = await feed.finish(outputPath);
          const built = htmlFiles(site);
          const given = new Set(reply.kind === "written" ? reply.files : []);
          const missing = [...built].filter((file) => !given.has(file));
          if (reply.kind === "written" && missing.length === 0 && given.size === built.size) {
            pages = reply.pages;
            how = " as they were rendered";
          } else {
            logger.warn(
              `the pages given to Pagefind while rendering ${reply.kind === "failed" ? `could not be indexed (${reply.message})` : `were not every page of the build (${missing.slice(0, 3).join(", ") || "other files"} missing)`}; indexing the built folder instead`,
            );
            rmSync(outputPath, { recursive: true, force: true });
          }
          feed = undefined;
        }
        pages ??= await indexFolder(site, outputPath);
        const lean = leanBundle(outputPath);
        logger.info(
          `indexed ${pages} pages${how} into ${path.relative(process.cwd(), outputPath)} (page metadata ${kb(lean.before)} → ${kb(lean.after)} with numbered page ids)`,
        );
      },
    },
  };
}
