import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PROJECT_FILES = ["package.json", "tsconfig.json", "astro.config.mjs", "src", "content", "public"];

/** A throw-away copy of the project (sharing node_modules) for tests that change content and build it. */
export interface TempSite {
  root: string;
  file(relative: string): string;
  remove(): void;
}

export function createTempSite(options: { withContent?: boolean } = {}): TempSite {
  const root = mkdtempSync(path.join(tmpdir(), "dossier-site-"));
  for (const entry of PROJECT_FILES) {
    if (entry === "content" && options.withContent === false) continue;
    cpSync(path.join(REPO_ROOT, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  return {
    root,
    file: (relative) => path.join(root, relative),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface CommandResult {
  status: number | null;
  output: string;
}

/** Runs a Node script of the project (with the project's Node) in `cwd`, capturing stdout and stderr together. */
export function runNode(cwd: string, args: string[], env: Record<string, string> = {}): CommandResult {
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `astro build` in a temp site. */
export function buildSite(site: TempSite, env: Record<string, string> = {}): CommandResult {
  return runNode(site.root, [path.join(REPO_ROOT, "node_modules/astro/bin/astro.mjs"), "build"], env);
}
