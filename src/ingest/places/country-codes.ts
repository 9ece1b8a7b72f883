import { placeKey } from "./place-keys.ts";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

let codes: Map<string, string> | undefined;

// Every English name of every region code: long ("Myanmar (Burma)") and short ("Palestine"), with the part in brackets.
function codesByName(): Map<string, string> {
  if (codes) return codes;
  codes = new Map();
  const styles = (["long", "short"] as const).map((style) => new Intl.DisplayNames(["en"], { type: "region", style, fallback: "none" }));
  for (const first of LETTERS)
    for (const second of LETTERS) {
      const code = first + second;
      // A retired code (BU for Burma, UK) gives its name to the code that replaced it, the one GeoNames uses.
      const current = Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4);
      for (const display of styles) {
        const name = display.of(code);
        if (!name || name.length <= 2) continue;
        const inBrackets = /^(.+?) \((.+)\)$/u.exec(name);
        for (const form of inBrackets ? [name, inBrackets[1]!, inBrackets[2]!] : [name]) {
          const key = placeKey(form);
          if (!codes.has(key)) codes.set(key, current);
        }
      }
    }
  return codes;
}

/**
 * The ISO 3166-1 alpha-2 code of the first of `names` that is a country's English name, or undefined.
 * @example countryCode(["Syrian Arab Republic", "Syria"]) === "SY"
 */
export function countryCode(names: readonly string[]): string | undefined {
  for (const name of names) {
    const code = codesByName().get(placeKey(name));
    if (code) return code;
  }
  return undefined;
}

/**
 * A country code's English name, for messages.
 * @example countryName("LB") === "Lebanon"
 */
export function countryName(code: string): string {
  return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
}
