import type { AstroIntegration } from "astro";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CslItem } from "../lib/article-citation.ts";
import { CITATION_FILES, citationFiles } from "../lib/citation-files.ts";

/** Where the build publishes every article's CSL item (src/pages/data/citations.json.ts). */
export const CITATIONS_JSON = "data/citations.json";

/**
 * Writes `articles/<id>/citation.bib`, `.ris` and `.json` into a built site from its `data/citations.json`.
 * Returns how many files it wrote.
 */
export function writeCitationFiles(siteDir: string): number {
  const source = path.join(siteDir, CITATIONS_JSON);
  let items: CslItem[];
  try {
    items = JSON.parse(readFileSync(source, "utf8")) as CslItem[];
  } catch (error) {
    throw new Error(`${source}: cannot read the articles' citations (${(error as Error).message}). Fix: keep src/pages/data/citations.json.ts, which writes it, and rebuild.`, { cause: error });
  }
  let written = 0;
  for (const item of items) {
    // The files go beside the article's page, and nowhere else: an id is one path segment.
    const folder = path.join(siteDir, "articles", item.id);
    if (/[\\/]/.test(item.id) || item.id === ".." || !existsSync(path.join(folder, "index.html"))) {
      throw new Error(`${source}: article "${item.id}" has no page at articles/${item.id}/index.html, so its citation files have nowhere to go. Fix: rebuild the whole site (npm run build) rather than a part of it.`);
    }
    const files = citationFiles(item);
    for (const { extension } of CITATION_FILES) {
      writeFileSync(path.join(folder, `citation.${extension}`), files[extension]);
      written += 1;
    }
  }
  return written;
}

/**
 * Each article's citation files (BibTeX, RIS, CSL-JSON), beside its page. A build writes them once the pages are
 * out, from `/data/citations.json`: three Astro routes per article cost several times more. `astro dev` serves the
 * same files from a route (src/routes/citation-file.ts).
 */
export function citationFilesIntegration(): AstroIntegration {
  return {
    name: "dossier:citation-files",
    hooks: {
      "astro:config:setup": ({ command, injectRoute }) => {
        if (command === "dev") {
          injectRoute({ pattern: "/articles/[slug]/citation.[format]", entrypoint: new URL("../routes/citation-file.ts", import.meta.url) });
        }
      },
      "astro:build:done": ({ dir, logger }) => {
        const written = writeCitationFiles(fileURLToPath(dir));
        logger.info(`wrote ${written} citation files`);
      },
    },
  };
}
