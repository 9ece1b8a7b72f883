import path from "node:path";

/** An action refused or invalid: the archive is left as it was (exit status 1). */
export class ReviewError extends Error {}

/** A file as messages name it: relative to the working folder when it lies inside it. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}
