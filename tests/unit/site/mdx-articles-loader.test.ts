import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { DataStore, LoaderContext } from "astro/loaders";
import { mdxArticles } from "../../../src/site/body/mdx-articles-loader.ts";

type Stored = Parameters<DataStore["set"]>[0];

/** What Astro hands a loader, with an in-memory store, and the MDX entry type as @astrojs/mdx registers it. */
function loaderContext(root: string) {
  const entries = new Map<string, Stored>();
  const moduleImports: string[] = [];
  const warnings: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    set: (entry: Stored) => {
      entries.set(entry.id, entry);
      if (entry.deferredRender && entry.filePath) moduleImports.push(entry.filePath);
      return true;
    },
    delete: (id: string) => entries.delete(id),
    addModuleImport: (file: string) => moduleImports.push(file),
    addAssetImports: () => {},
  } as unknown as DataStore;
  const mdxEntryType = {
    getEntryInfo: ({ contents }: { contents: string }) => {
      const [, frontmatter = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
      return { data: parse(frontmatter) as Record<string, unknown>, body };
    },
    contentModuleTypes: "",
  };
  const rootUrl = pathToFileURL(`${root}/`);
  const context = {
    collection: "articles",
    store,
    meta: new Map(),
    logger: { warn: (message: string) => warnings.push(message), error: (message: string) => warnings.push(message), info: () => {} },
    config: { root: rootUrl, srcDir: new URL("src/", rootUrl) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data),
    entryTypes: new Map([[".mdx", mdxEntryType]]),
  } as unknown as LoaderContext;
  return { context, entries, moduleImports, warnings };
}

describe("mdxArticles", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function writeArticles(files: Record<string, string>) {
    root = mkdtempSync(path.join(tmpdir(), "dossier-loader-"));
    mkdirSync(path.join(root, "articles/2020"), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, "articles/2020", name), text);
  }

  it("compiles only the articles that use MDX, and keeps no body in the store", async () => {
    writeArticles({
      "plain.mdx": "---\ntitle: Plain\n---\n\nAssad received Bagheri in Damascus.\n",
      "component.mdx": '---\ntitle: Uses MDX\n---\n\nThe map: <Map place="damascus" />\n',
    });
    const { context, entries, moduleImports, warnings } = loaderContext(root);
    await mdxArticles({ pattern: "**/*.mdx", base: "./articles" }).load(context);
    expect(warnings).toEqual([]);

    const plain = entries.get("2020/plain")!;
    expect(plain.data).toEqual({ title: "Plain" });
    expect(plain.filePath).toBe("articles/2020/plain.mdx");
    expect(plain.deferredRender).toBeUndefined();
    expect(plain.body).toBeUndefined();
    const component = entries.get("2020/component")!;
    expect(component.deferredRender).toBe(true);
    expect(component.body).toBeUndefined();
    expect(moduleImports).toEqual(["articles/2020/component.mdx"]);
  });

  it("keeps the glob loader's own ids", async () => {
    writeArticles({ "a.mdx": "---\ntitle: A\n---\n\nText.\n" });
    const { context, entries } = loaderContext(root);
    await mdxArticles({ pattern: "**/*.mdx", base: "./articles", generateId: ({ entry }) => `id-${path.basename(entry, ".mdx")}` }).load(
      context,
    );
    expect([...entries.keys()]).toEqual(["id-a"]);
  });
});
