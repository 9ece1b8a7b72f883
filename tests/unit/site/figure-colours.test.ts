import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../../../src/styles/global.css", import.meta.url), "utf8");

/** The custom properties of the light `:root` and of the dark scheme's `:root`. */
function schemes(): Record<"light" | "dark", Map<string, string>> {
  const dark = css.indexOf("@media (prefers-color-scheme: dark)");
  const read = (text: string) => new Map([...text.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  const light = read(css.slice(0, dark));
  return { light, dark: new Map([...light, ...read(css.slice(dark, css.indexOf("}\n}", dark)))]) };
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

// What each drawing puts on what: marks and lines must stand out at 3:1 (WCAG 1.4.11, non-text contrast), text
// at 4.5:1 (1.4.3) on every ground it may sit on.
const PAIRS: [string, string, number][] = [
  ["--figure-mark", "--background", 3],
  ["--figure-mark", "--figure-land", 3],
  ["--figure-mark", "--figure-land-named", 3],
  ["--figure-mark", "--figure-span", 3],
  ["--figure-line", "--background", 3],
  ["--figure-line", "--figure-span", 3],
  ["--text", "--background", 4.5],
  ["--text", "--figure-land", 4.5],
  ["--text", "--figure-land-named", 4.5],
  ["--text", "--figure-span", 4.5],
];

describe("the drawings' colours", () => {
  for (const [scheme, values] of Object.entries(schemes())) {
    it(`stand out against what they are drawn on in the ${scheme} scheme`, () => {
      const weak = PAIRS.flatMap(([fore, ground, least]) => {
        const [a, b] = [values.get(fore), values.get(ground)];
        expect(a, fore).toBeDefined();
        expect(b, ground).toBeDefined();
        const ratio = contrast(a!, b!);
        return ratio < least ? [`${fore} on ${ground}: ${ratio.toFixed(2)} < ${least}`] : [];
      });
      expect(weak).toEqual([]);
    });
  }

  it("measures contrast as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});
