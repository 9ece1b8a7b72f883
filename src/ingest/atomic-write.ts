import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

export class FileExistsError extends Error {
  readonly file: string;
  constructor(file: string) {
    super(`${file} already exists; nothing was written. Use --force to replace it.`);
    this.file = file;
  }
}

/**
 * The temporary name of a file being written: hidden and ending in `.tmp`, so neither the build's globs
 * (`*.mdx`, `*.yaml`) nor the ingest's index ever read it.
 */
export const TEMPORARY_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes a file so that it is either fully there or not at all: the text goes to a temporary file in the
 * same folder, which is then renamed over the target. Refuses to replace an existing file unless `overwrite`.
 */
export function writeFileAtomic(file: string, text: string, options: { overwrite: boolean }): void {
  if (!options.overwrite && existsSync(file)) throw new FileExistsError(file);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: "utf8", flag: "wx" });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
