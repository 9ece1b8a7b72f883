import { describe, expect, it } from "vitest";
import { attributionChain, quoteForDisplay } from "../../../src/site/views/reported-quote.ts";

describe("attributionChain", () => {
  it("reads the outlets nearest first: reported by the first, via each after it", () => {
    expect(attributionChain(["Al Mayadeen", "Fars News Agency"])).toEqual([
      { relation: "reported by", who: "Al Mayadeen" },
      { relation: "via", who: "Fars News Agency" },
    ]);
  });

  it("is empty when the report quotes the speaker directly", () => {
    expect(attributionChain([])).toEqual([]);
  });
});

describe("quoteForDisplay", () => {
  it("drops the comma that tied the quote to the sentence around it", () => {
    expect(quoteForDisplay("will strengthen Syria’s air defense systems between the two countries,")).toBe(
      "will strengthen Syria’s air defense systems between the two countries",
    );
  });

  it("keeps a quote's own closing punctuation", () => {
    expect(quoteForDisplay("We will respond.")).toBe("We will respond.");
    expect(quoteForDisplay("Why now?")).toBe("Why now?");
  });
});
