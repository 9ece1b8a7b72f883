import { describe, expect, it } from "vitest";
import { eventTitle, shortenedSentence } from "../../../src/ingest/drafting/event-title.ts";

describe("a draft event's title", () => {
  it.each([
    [
      {
        action: "signing",
        parties: ["Bagheri", "Ayyoub"],
        place: "Damascus",
        sentence: "The two signed a military cooperation agreement on Wednesday.",
      },
      "Bagheri and Ayyoub sign military cooperation agreement in Damascus",
    ],
    [{ action: "signing", parties: ["Iran", "Syria"], sentence: "Iran and Syria inked it on Wednesday." }, "Iran and Syria sign agreement"],
    [{ action: "meeting", parties: ["Assad", "Bagheri"], sentence: "Assad received Bagheri on Thursday." }, "Assad meets Bagheri"],
    [{ action: "arrival", parties: ["Bagheri"], place: "Damascus", sentence: "Bagheri landed on Tuesday." }, "Bagheri arrives in Damascus"],
    [
      { action: "visit", parties: ["Bagheri"], place: "Damascus", sentence: "Bagheri was in Damascus on Tuesday." },
      "Bagheri visits Damascus",
    ],
    [{ action: "departure", parties: ["Bagheri"], sentence: "He flew back on Saturday." }, "Bagheri leaves"],
  ])("states who did what: %j", (parts, title) => {
    expect(eventTitle(parts)).toBe(title);
  });

  it("falls back on the sentence, shortened at a clause and never cut with an ellipsis", () => {
    const sentence =
      "Officials from both countries gathered at the defence ministry in Damascus on Wednesday, where a long list of projects was read out to the press by a spokesman.";
    const title = eventTitle({ parties: [], sentence });
    expect(title).toBe("Officials from both countries gathered at the defence ministry in Damascus on Wednesday");
    expect(title).not.toContain("…");
    expect(title.length).toBeLessThanOrEqual(90);
  });

  it("shortens at a word when no clause break falls late enough, dropping a dangling article", () => {
    const title = shortenedSentence("A ".repeat(5) + "very long run of words without any comma ".repeat(4) + "the end.", 60);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title).not.toMatch(/\s(?:the|a|of)$/i);
  });
});
