import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";

import { leanBundle } from "./lean-bundle.ts";

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

/**
 * Indexes the built site with Pagefind's Node API once Astro has written every page, so `astro build`
 * alone produces `dist/pagefind/`. Only elements inside `data-pagefind-body` are indexed.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: "dossier:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        try {
          // Each page is indexed in its own language (its <html lang>): Pagefind writes one index per language.
          const { index, errors } = await pagefind.createIndex({});
          if (!index) fail("start", errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) fail("index the site", added.errors);
          const written = await index.writeFiles({ outputPath: path.join(site, "pagefind") });
          if (written.errors.length > 0) fail("write the index", written.errors);
          const lean = leanBundle(written.outputPath);
          logger.info(
            `indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath)} (page metadata ${kb(lean.before)} → ${kb(lean.after)} with numbered page ids)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
