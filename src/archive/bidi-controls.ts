/**
 * Unicode's explicit bidirectional formatting characters: the embeddings, overrides and isolates that reorder
 * the text after them (U+202A–U+202E, U+2066–U+2069). A right-to-left override can make a name, a title or a file
 * name read backwards ("exe.txt" shown as "txt.exe"), so they are kept out of names, titles and file names, and
 * shown inert where a report's own text holds them. The implicit marks (U+200E, U+200F, U+061C), which Persian
 * and Arabic text use to place punctuation and numbers, reorder nothing and are left alone in report text.
 */
export const BIDI_CONTROL_NAMES: Readonly<Record<string, string>> = {
  "\u202a": "left-to-right embedding",
  "\u202b": "right-to-left embedding",
  "\u202c": "pop directional formatting",
  "\u202d": "left-to-right override",
  "\u202e": "right-to-left override",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
};

/** One explicit bidirectional control, with the `g` flag (reset `lastIndex` or use `replace`/`split`). */
export const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
/** The same, without the `g` flag, so that a test keeps no state between calls. */
const ONE_BIDI_CONTROL = new RegExp(BIDI_CONTROL.source);
/** Any bidirectional control, the implicit marks included: none belongs in a name, title or file name. */
const ANY_BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Whether a text holds an explicit bidirectional control. */
export function hasBidiControl(text: string): boolean {
  return ONE_BIDI_CONTROL.test(text);
}

/** A name, title or file name without any bidirectional control (their spaces kept as they were). */
export function withoutBidiControls(text: string): string {
  return text.replace(ANY_BIDI_CONTROL, "");
}

/** "U+202E": how a control is named where it is shown. */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}
