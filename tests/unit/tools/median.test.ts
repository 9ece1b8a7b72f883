import { describe, expect, it } from "vitest";
import { median } from "../../../src/tools/bench/median.ts";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([56.4, 48.9, 60.8])).toBe(56.4);
    expect(median([3])).toBe(3);
  });

  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("refuses an empty list rather than returning a number", () => {
    expect(() => median([])).toThrow(/measure at least once/);
  });
});
