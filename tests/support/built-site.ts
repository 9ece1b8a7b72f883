import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./temp-site.ts";

/** A built site on disk: its HTML pages by path, and every other file. */
export interface BuiltSite {
  dir: string;
  base: string;
  pages: Map<string, string>;
  otherFiles: Set<string>;
}

/** The builds the gates check: the root build, and the sub-path build and the fixture build (Arabic, Persian and captured reports) when they exist. */
export const BUILDS = [
  { dir: "dist", base: "/" },
  { dir: "dist-archive", base: "/archive/" },
  { dir: "dist-fixtures", base: "/" },
].filter(({ dir }) => existsSync(path.join(REPO_ROOT, dir)));

export function readBuiltSite(dir: string, base: string): BuiltSite {
  const root = path.resolve(REPO_ROOT, dir);
  if (!existsSync(path.join(root, "index.html"))) throw new Error(`${dir}/ has no build; run \`npm run build\` first`);
  const pages = new Map<string, string>();
  const otherFiles = new Set<string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (relative.endsWith(".html")) pages.set(relative, readFileSync(path.join(root, relative), "utf8"));
    else otherFiles.add(relative);
  }
  return { dir: root, base, pages, otherFiles };
}
