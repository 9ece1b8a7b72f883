import { createHash } from "node:crypto";

/** CRLF and lone CR both become LF, so that a report hashes and splits the same whatever system saved it. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ZERO_WIDTH_NON_JOINER = "\u200C";
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/**
 * Removes the zero-width characters that copy and paste leaves in wire text, except a zero-width
 * non-joiner between two Arabic-script letters: in Persian it is spelling (می‌خواهم), not junk.
 */
export function removeZeroWidthJunk(text: string): string {
  return text.replace(ZERO_WIDTH, (char: string, offset: number) => {
    const spellsAWord =
      char === ZERO_WIDTH_NON_JOINER && ARABIC_SCRIPT.test(text.charAt(offset - 1)) && ARABIC_SCRIPT.test(text.charAt(offset + 1));
    return spellsAWord ? char : "";
  });
}
