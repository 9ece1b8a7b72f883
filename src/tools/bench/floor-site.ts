import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ENTITY_COLLECTIONS } from "../../archive/entity-kinds.ts";

const RECORDS = ["events", ...ENTITY_COLLECTIONS];
const COLLECTIONS = ["articles", ...RECORDS];

/** Dossier's Pagefind integration, which the floor indexes with too. */
const PAGEFIND_INTEGRATION = new URL("../../site/search/pagefind-integration.ts", import.meta.url).href;

/**
 * Writes the benchmark's floor: a bare site on Astro's defaults that still gives each record of the archive a page
 * and searches them. The same content as collections (article bodies as Markdown), one bare page per article,
 * event and entity (no layout, no cross-links, no feeds), and the Pagefind index Dossier builds. What Dossier
 * costs beyond the floor is its own work; what the floor costs beyond the baseline is twice the pages, all indexed.
 */
export function writeFloorSite(root: string, contentDir: string, nodeModules: string): void {
  mkdirSync(root, { recursive: true });
  symlinkSync(nodeModules, path.join(root, "node_modules"), "dir");
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "floor", type: "module", private: true }));
  for (const collection of COLLECTIONS) {
    const from = path.join(contentDir, collection);
    for (const file of readdirSync(from, { recursive: true, encoding: "utf8" })) {
      if (!/\.(?:mdx|yaml)$/.test(file)) continue;
      const to = path.join(root, "content", collection, file.replace(/\.mdx$/, ".md"));
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(path.join(from, file), to);
    }
  }
  writeFileSync(
    path.join(root, "astro.config.mjs"),
    `import { defineConfig } from "astro/config";
import { pagefindIntegration } from ${JSON.stringify(PAGEFIND_INTEGRATION)};

export default defineConfig({ cacheDir: ".cache/astro", vite: { cacheDir: ".cache/vite" }, trailingSlash: "always", integrations: [pagefindIntegration()] });
`,
  );
  mkdirSync(path.join(root, "src/pages/articles"), { recursive: true });
  mkdirSync(path.join(root, "src/pages/records/[collection]"), { recursive: true });
  writeFileSync(
    path.join(root, "src/content.config.ts"),
    `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
const records = (folder: string) => defineCollection({ loader: glob({ pattern: "**/*.yaml", base: \`./content/\${folder}\` }) });
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: "**/*.md", base: "./content/articles" }) }),
${RECORDS.map((name) => `  ${JSON.stringify(name)}: records(${JSON.stringify(name)}),`).join("\n")}
};
`,
  );
  writeFileSync(
    path.join(root, "src/pages/articles/[...slug].astro"),
    `---
import { getCollection, render } from "astro:content";
export async function getStaticPaths() {
  return (await getCollection("articles")).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  writeFileSync(
    path.join(root, "src/pages/records/[collection]/[id].astro"),
    `---
import { getCollection } from "astro:content";
export async function getStaticPaths() {
  const lists = await Promise.all((${JSON.stringify(RECORDS)} as const).map((name) => getCollection(name)));
  return lists.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const data = entry.data as Record<string, unknown>;
const title = String(data.title ?? data.name ?? entry.id);
---
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><main data-pagefind-body><h1>{title}</h1></main></body></html>
`,
  );
}
