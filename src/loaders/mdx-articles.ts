import { glob } from "astro/loaders";
import type { DataStore, Loader, LoaderContext } from "astro/loaders";
import { readsAlikeAsMarkdown } from "../lib/plain-mdx.ts";

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<DataStore["set"]>[0];

/**
 * Astro's glob loader for the MDX articles, with one difference: an article whose body Markdown reads
 * exactly as MDX does (see src/lib/plain-mdx.ts) is rendered once, as Markdown, while content is loaded,
 * and its HTML is kept in the content cache. Only articles that use MDX itself become modules that the
 * build bundles and loads one by one. Everything else (ids, frontmatter validation and its errors,
 * the content cache, watching files in dev) is the glob loader's own.
 *
 * Both paths render through the site's one Markdown processor (astro.config.mjs), so the paragraph
 * anchors and every other setting apply alike; tests/unit/plain-mdx.test.ts checks that the two parse
 * the same tree for every body the test lets through.
 */
export function mdxArticles(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: "dossier:mdx-articles",
    load: async (context) => {
      const pending = new Set<Promise<void>>();
      const latest = new Map<string, StoredEntry>();
      const store: DataStore = Object.create(context.store, {
        set: { value: (entry: StoredEntry) => setEntry(context, entry, latest, pending) },
      });
      await inner.load({ ...context, store });
      // Entries found at startup are rendered before loading ends; ones changed later in dev land when done.
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}

function setEntry(context: LoaderContext, entry: StoredEntry, latest: Map<string, StoredEntry>, pending: Set<Promise<void>>): boolean {
  if (!entry.deferredRender || entry.body === undefined || !readsAlikeAsMarkdown(entry.body)) return context.store.set(entry);
  latest.set(entry.id, entry);
  const rendering = context
    .renderMarkdown(entry.body)
    .then(
      // Without the line end Markdown leaves after the last block, the page matches the MDX rendering byte for byte.
      (rendered) => ({ ...entry, deferredRender: false, rendered: { ...rendered, html: rendered.html.trimEnd() } }),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        context.logger.warn(`${entry.filePath ?? entry.id}: could not be rendered as Markdown (${reason}); it is compiled as MDX instead.`);
        return entry;
      },
    )
    .then((stored) => {
      // In dev a file can change again while it renders; only its newest version is stored.
      if (latest.get(entry.id) === entry) {
        latest.delete(entry.id);
        context.store.set(stored);
      }
    })
    .finally(() => pending.delete(rendering));
  pending.add(rendering);
  return true;
}
