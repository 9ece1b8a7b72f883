import { glob } from "astro/loaders";
import type { DataStore, Loader } from "astro/loaders";
import { readsAlikeAsMarkdown } from "./plain-mdx.ts";

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<DataStore["set"]>[0];

/**
 * Astro's glob loader for the MDX articles, with two differences that keep a large archive's build fast:
 *
 * - An article whose body Markdown reads exactly as MDX does (src/site/body/plain-mdx.ts) is not made into a module
 *   of its own for the build to bundle and load; its page renders the body as Markdown (src/site/body/article-body.ts).
 *   Only articles that use MDX itself stay compiled modules, rendered with `render()`.
 * - Bodies are not kept in the content store. Astro loads the whole store as one JavaScript module, and a
 *   module that large is slow to compile (seconds at a few thousand reports); a page reads its article's body
 *   from the file instead.
 *
 * Everything else (ids, frontmatter validation and its errors, the content cache, watching files in dev) is the
 * glob loader's own.
 */
export function mdxArticles(options: Omit<GlobOptions, "retainBody">): Loader {
  const inner = glob({ ...options, retainBody: true });
  return {
    name: "dossier:mdx-articles",
    load: async (context) => {
      const store: DataStore = Object.create(context.store, {
        set: { value: (entry: StoredEntry) => context.store.set(withoutBody(entry)) },
      });
      await inner.load({ ...context, store });
    },
  };
}

function withoutBody({ body, deferredRender, ...entry }: StoredEntry): StoredEntry {
  const compiled = deferredRender === true && (body === undefined || !readsAlikeAsMarkdown(body));
  return compiled ? { ...entry, deferredRender } : entry;
}
