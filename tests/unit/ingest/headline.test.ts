import { describe, expect, it } from "vitest";

import { deriveHeadline, mainClause } from "../../../src/ingest/drafting/headline.ts";

describe("a draft headline from the lede", () => {
  it("leaves out an opening clause that only sets the scene, so the headline says who did what", () => {
    expect(
      deriveHeadline(
        "A week after Iran's top general landed in Damascus, officials in both capitals say the defense agreement is already in force. More text follows.",
      ),
    ).toBe("Officials in both capitals say the defense agreement is already in force");
    expect(deriveHeadline("As talks resumed in Geneva on Monday, the two delegations exchanged prisoner lists.")).toBe(
      "The two delegations exchanged prisoner lists",
    );
    expect(deriveHeadline("Following the signing, Syria's defense minister thanked Tehran for its support.")).toBe(
      "Syria's defense minister thanked Tehran for its support",
    );
    expect(deriveHeadline("Two days before the vote, opposition leaders called for a boycott of the election.")).toBe(
      "Opposition leaders called for a boycott of the election",
    );
  });

  it("keeps a sentence whose opening is its subject, or whose main clause would be too short to say anything", () => {
    expect(deriveHeadline("Iran and Syria signed a military agreement in Damascus on Wednesday.")).toBe(
      "Iran and Syria signed a military agreement in Damascus on Wednesday",
    );
    expect(mainClause("After the talks, he left.")).toBe("After the talks, he left.");
    expect(mainClause("Asian markets, which fell on Monday, rose again today.")).toBe(
      "Asian markets, which fell on Monday, rose again today.",
    );
  });

  it("shortens a long main clause at a clause or a word, within 90 characters and without an ellipsis", () => {
    const headline = deriveHeadline(
      "While the rescue teams searched the collapsed buildings of the old town, the provincial governor announced that the number of people confirmed dead had risen to forty-two, with dozens still missing.",
    );
    expect(headline.length).toBeLessThanOrEqual(90);
    expect(headline).not.toContain("…");
    expect(headline.startsWith("The provincial governor announced")).toBe(true);
  });
});
