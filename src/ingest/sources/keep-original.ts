import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { KeptOriginal } from "./captured-inputs.ts";

/** Where the exact input bytes are kept, under the content folder: `originals/<sha256>.<ext>`. */
export const ORIGINALS_DIR = "originals";

/** The stored copy's path, relative to the content folder. */
export function originalFile(original: Pick<KeptOriginal, "sha256" | "ext">): string {
  return `${ORIGINALS_DIR}/${original.sha256}.${original.ext}`;
}

/**
 * Stores an input's exact bytes beside the content, named by their sha256 so one capture is kept once however
 * many reports it holds. The copy goes to a temporary name first and is renamed into place, so an interrupted
 * copy never leaves a half-written original; an original already there is left as it is. Returns whether it wrote.
 */
export function keepOriginal(contentDir: string, original: KeptOriginal): boolean {
  const target = path.join(contentDir, originalFile(original));
  if (existsSync(target)) return false;
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.partial`;
  try {
    copyFileSync(original.from, temporary);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
  return true;
}
