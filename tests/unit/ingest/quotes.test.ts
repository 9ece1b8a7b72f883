import { describe, expect, it } from "vitest";
import { createEntityMatcher } from "../../../src/ingest/names/entity-matcher.ts";
import { findOutletCitations } from "../../../src/ingest/quotes/outlet-citations.ts";
import { extractQuotes } from "../../../src/ingest/quotes/quotes.ts";
import { hosseinBagheri, seedEntities } from "../../support/seed-entities.ts";
import { seedParagraphs } from "../../support/seed-report.ts";

const matcher = createEntityMatcher(seedEntities);
const assad = { id: "bashar-al-assad", name: "Bashar al-Assad" };
const bagheri = { id: "mohammad-bagheri", name: "Mohammad Bagheri" };
const ayyoub = { id: "ali-abdullah-ayyoub", name: "Ali Abdullah Ayyoub" };
const alMayadeen = { id: "al-mayadeen", name: "Al Mayadeen" };
const fars = { id: "fars-news-agency", name: "Fars News Agency" };
const irib = { id: "irib", name: "IRIB" };

function quotesIn(paragraphs: string[]) {
  return extractQuotes(paragraphs, matcher.resolverFor(paragraphs));
}

describe("extractQuotes on the seed report", () => {
  const quotes = extractQuotes(seedParagraphs, matcher.resolverFor(seedParagraphs));

  it("finds each quoted passage with its speaker and the outlets that carried it", () => {
    expect(quotes.map(({ paragraph, speaker, reportedBy }) => ({ paragraph, speaker, reportedBy }))).toEqual([
      { paragraph: 2, speaker: assad, reportedBy: [alMayadeen] },
      { paragraph: 7, speaker: { id: null, name: "the two sides" }, reportedBy: [] },
      { paragraph: 8, speaker: { id: null, name: "the statement" }, reportedBy: [] },
      { paragraph: 9, speaker: bagheri, reportedBy: [alMayadeen, fars] },
      { paragraph: 11, speaker: bagheri, reportedBy: [] },
    ]);
  });

  it("keeps the quoted words without the quote marks or the comma before the attribution", () => {
    expect(quotes[3].text).toBe(
      "will strengthen Syria’s air defense systems in line with the reinvigoration of military cooperation between the two countries",
    );
    expect(quotes[4].text).toBe("The agreement will increase our determination for joint cooperation to confront the U.S. pressures");
  });
});

describe("extractQuotes attribution forms", () => {
  it("reads X said: “…”", () => {
    expect(quotesIn(["Bagheri said: “Iran will stand by Syria.”"])).toEqual([
      { text: "Iran will stand by Syria.", paragraph: 1, speaker: bagheri, reportedBy: [] },
    ]);
  });

  it("reads “…,” said X, with the speaker's titles before the name", () => {
    const [quote] = quotesIn(["“We will respond to any aggression,” said Syrian Defense Minister Ali Abdullah Ayyoub on Thursday."]);
    expect(quote.speaker).toEqual(ayyoub);
  });

  it("reads a speaker whose verb comes after an aside", () => {
    const [quote] = quotesIn(["Bagheri, who arrived in Damascus on Tuesday, said: “Our cooperation will grow.”"]);
    expect(quote.speaker).toEqual(bagheri);
  });

  it("reads a question handed over to its speaker, and the outlet the speaker talked to", () => {
    expect(quotesIn(["“Why would we wait any longer?” the Syrian president asked, speaking to al-Mayadeen."])).toEqual([
      {
        text: "Why would we wait any longer?",
        paragraph: 1,
        speaker: { id: null, name: "the Syrian president" },
        reportedBy: [alMayadeen],
      },
    ]);
    expect(quotesIn(["“We will not wait any longer,” Assad told al-Mayadeen."])[0].reportedBy).toEqual([alMayadeen]);
  });

  it("reads straight quotes as well as curly ones", () => {
    expect(quotesIn(['"We will respond to any aggression," Assad said.'])).toEqual([
      { text: "We will respond to any aggression", paragraph: 1, speaker: assad, reportedBy: [] },
    ]);
  });

  it("reads X quoted Y as saying, with X as the reporting outlet", () => {
    expect(quotesIn(["IRNA quoted Ayoub as saying: “Syria will not surrender.”"])).toEqual([
      { text: "Syria will not surrender.", paragraph: 1, speaker: ayyoub, reportedBy: [{ id: null, name: "IRNA" }] },
    ]);
  });

  it("gives a paragraph that is only a quote to the speaker of the quote before it", () => {
    const quotes = quotesIn(["“The first part of it,” Bagheri added.", "“The second part of the quote continues here.”"]);
    expect(quotes.map(({ paragraph, speaker }) => ({ paragraph, speaker }))).toEqual([
      { paragraph: 1, speaker: bagheri },
      { paragraph: 2, speaker: bagheri },
    ]);
  });

  it("follows a quote left open at the end of a paragraph into the next one", () => {
    const quotes = quotesIn(["Bagheri said: “The first paragraph of the quote runs on", "“and ends in this one.”"]);
    expect(quotes).toEqual([
      { text: "The first paragraph of the quote runs on", paragraph: 1, speaker: bagheri, reportedBy: [] },
      { text: "and ends in this one.", paragraph: 2, speaker: bagheri, reportedBy: [] },
    ]);
  });

  it("orders the reporting chain nearest to the speaker first", () => {
    const [quote] = quotesIn(["“We will respond,” Assad said, Al Mayadeen reported, citing the IRIB."]);
    expect(quote.reportedBy).toEqual([irib, alMayadeen]);
  });

  it("skips scare quotes that have no speaker", () => {
    expect(quotesIn(["The so-called “resistance front” met in Damascus."])).toEqual([]);
  });

  it("names an unknown speaker as written instead of guessing a known one with the same surname", () => {
    const [quote] = quotesIn(["“We are ready for talks,” Ahmad Bagheri said."]);
    expect(quote.speaker).toEqual({ id: null, name: "Ahmad Bagheri" });
  });

  it("settles a shared surname from the report when resolving through resolverFor", () => {
    const withTwoBagheris = createEntityMatcher([...seedEntities, hosseinBagheri]);
    const paragraphs = ["Mohammad Bagheri arrived in Damascus.", "“We are ready,” Bagheri said."];
    expect(extractQuotes(paragraphs, withTwoBagheris.resolverFor(paragraphs))[0].speaker).toEqual(bagheri);
    expect(extractQuotes(paragraphs, withTwoBagheris.resolve)[0].speaker).toEqual({ id: null, name: "Bagheri" });
  });
});

describe("findOutletCitations", () => {
  it("finds the outlets the seed report attributes information to", () => {
    expect(findOutletCitations(seedParagraphs, matcher.resolve)).toEqual([
      { outlet: alMayadeen, paragraph: 2, phrase: "al Mayadeen reported" },
      { outlet: irib, paragraph: 6, phrase: "According to the IRIB" },
      { outlet: alMayadeen, paragraph: 9, phrase: "The Arabic-language al-Mayadeen news website quoted General Bagheri as saying" },
      { outlet: fars, paragraph: 9, phrase: "according to the Fars news agency" },
    ]);
  });

  it("cites unknown outlets by name but not people, statements or anonymous sources", () => {
    const paragraphs = [
      "According to Reuters, the talks failed.",
      "Iran’s Tasnim news agency reported that the talks failed.",
      "The talks failed, according to diplomats.",
      "According to Bagheri, the talks failed.",
      "Assad told reporters the talks failed, according to the statement.",
    ];
    expect(findOutletCitations(paragraphs, matcher.resolve)).toEqual([
      { outlet: { id: null, name: "Reuters" }, paragraph: 1, phrase: "According to Reuters" },
      { outlet: { id: null, name: "Iran’s Tasnim news agency" }, paragraph: 2, phrase: "Iran’s Tasnim news agency reported" },
    ]);
  });

  it("cites an outlet a speaker talked to", () => {
    expect(findOutletCitations(["Assad told al Mayadeen on Tuesday that the talks failed."], matcher.resolve)).toEqual([
      { outlet: alMayadeen, paragraph: 1, phrase: "told al Mayadeen" },
    ]);
  });
});
