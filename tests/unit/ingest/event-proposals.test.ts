import { describe, expect, it } from "vitest";
import { findContradicted, findCorroborated, type KnownEvent } from "../../../src/ingest/corroboration.ts";
import { resolveDates } from "../../../src/ingest/dates/resolve-dates.ts";
import { actionKind } from "../../../src/ingest/drafting/action-kinds.ts";
import { markHappened } from "../../../src/ingest/drafting/documents.ts";
import { isOutsideTheStory, proposeEvents, type ProposedEvent } from "../../../src/ingest/drafting/event-proposals.ts";
import { splitCredits } from "../../../src/ingest/raw-report/credits.ts";
import { findDateline } from "../../../src/ingest/raw-report/dateline.ts";

const FRIDAY = "2020-07-10";

function proposals(paragraphs: string[], published = FRIDAY): ProposedEvent[] {
  return proposeEvents(paragraphs, published, resolveDates(paragraphs, published), [], { citedOutlets: new Set(), cityIds: new Set() });
}

describe("events a report proposes", () => {
  it("proposes what a sentence says happened as an event that happened", () => {
    const [signing] = proposals(["The two sides signed a military agreement in Damascus on Wednesday."]);
    expect(signing).toMatchObject({ date: "2020-07-08", status: "happened", report: { paragraph: 1, phrase: "on Wednesday" } });
    expect(signing?.report.announced).toBeUndefined();
  });

  it.each([
    ["Bagheri will fly back to Tehran on Saturday.", "2020-07-11"],
    ["The delegation is expected to report to parliament next Tuesday.", "2020-07-14"],
    ["Officials said a second round of talks is due to open on July 20.", "2020-07-20"],
    ["The minister plans to visit Moscow tomorrow.", "2020-07-11"],
  ])("records %j as a plan the report announced, not as done", (sentence, day) => {
    const found = proposals([sentence]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: day, status: "planned", report: { announced: true } });
  });

  it.each([
    "By Jane Doe and Omar Haddad, July 8",
    "Photo: Bagheri and Ayyoub signed the agreement on Wednesday.",
    "(Photo by Ahmad Halabi) The delegation arrived on Tuesday.",
    "Updated: July 9, 2020 at 10:14 a.m.",
    "File photo — the two ministers met in Damascus on Tuesday.",
  ])("never makes an event of a byline, caption or stamp: %j", (line) => {
    expect(isOutsideTheStory(line)).toBe(true);
    expect(proposals([line])).toEqual([]);
  });

  it.each([
    "Bypassing sanctions, Iran shipped fuel on Tuesday.",
    "Photographers gathered as the ministers met on Tuesday.",
    "By Sunday evening, the river had flooded the old town.",
    "By then, the delegation had landed in Damascus on Tuesday.",
  ])("keeps a story sentence that only looks like one: %j", (line) => {
    expect(isOutsideTheStory(line)).toBe(false);
    expect(proposals([line])).toHaveLength(1);
  });

  it.each([
    ["Damascus (AFP) - Iran and Syria on Wednesday signed an agreement.", "Damascus", "AFP"],
    ["Sao Paulo (AFP) – The council said on Monday that it welcomed the deal.", "Sao Paulo", "AFP"],
  ])("finds AFP's title-case dateline in %j", (paragraph, place, detail) => {
    const { dateline, paragraphs } = findDateline([paragraph]);
    expect(dateline).toMatchObject({ place, detail });
    expect(paragraphs[0]).not.toContain(`(${detail})`);
  });

  it("takes no title-case words for a dateline without an agency in parentheses", () => {
    expect(findDateline(["Iran and Syria - long allies - signed a pact on Wednesday."]).dateline).toBeNull();
    expect(findDateline(["Officials (speaking anonymously) - said the pact was signed."]).dateline).toBeNull();
  });

  it("takes AFP's lower-case desk codes off the end as the report's signature, and nothing else", () => {
    expect(splitCredits("The council said the deal could add sales.\n\nbur-ser/jm")).toEqual({
      article: "The council said the deal could add sales.",
      credits: "bur-ser/jm",
    });
    expect(splitCredits("It rained in the hills/valleys all week.").credits).toBeNull();
  });

  it("finds a dateline standing in the third paragraph, after a standfirst and a byline", () => {
    const { dateline, paragraphNumber, paragraphs } = findDateline([
      "Iran's top general ends a three-day visit.",
      "By Jane Doe",
      "DAMASCUS, Syria (AP) — Iran's armed forces chief left Damascus on Thursday.",
    ]);
    expect(dateline?.place).toBe("DAMASCUS, Syria");
    expect(paragraphNumber).toBe(3);
    expect(paragraphs[2]).toBe("Iran's armed forces chief left Damascus on Thursday.");
  });
});

describe("the kind of action a sentence reports", () => {
  it.each([
    ["The two sides signed a military agreement in Damascus on Wednesday.", "signing"],
    ["An accord on air defence was inked on Wednesday, SANA said.", "signing"],
    ["Assad received Bagheri on Thursday, the presidency said.", "meeting"],
    ["Bagheri landed in Damascus on Tuesday.", "arrival"],
    ["The general flew back to Tehran on Saturday.", "departure"],
    ["Israeli jets struck positions near Damascus on Monday.", "strike"],
    ["The foreign ministry said on Monday that Tehran rejects the sanctions.", "statement"],
    ["Bagheri, who arrived on Tuesday, signed the agreement on Wednesday.", "signing"],
  ])("reads %j as a %s", (sentence, kind) => {
    const at = sentence.lastIndexOf(" on ");
    expect(actionKind(sentence, at)).toBe(kind);
  });

  it("finds none in a sentence that names no action", () => {
    expect(actionKind("The weather in Damascus was mild on Wednesday.")).toBeUndefined();
  });
});

describe("attaching a report to an event of the archive", () => {
  const signing: KnownEvent = {
    id: "signing",
    title: "Iran and Syria sign a military and security agreement",
    start: "2020-07-08",
    end: "2020-07-08",
    place: "damascus",
    people: ["mohammad-bagheri", "ali-abdullah-ayyoub"],
    organizations: [],
    status: "happened",
  };
  const proposal = (extra: Partial<ProposedEvent>): ProposedEvent => ({
    title: "t",
    date: "2020-07-08",
    people: [],
    organizations: [],
    // As proposeEvents makes them, the event's place is one of the places its sentence names.
    places: extra.place ? [extra.place] : [],
    reportParties: [],
    reportPlaces: [],
    settings: [],
    sentence: "",
    status: "happened",
    report: { paragraph: 1, phrase: "on Wednesday" },
    ...extra,
  });
  const around = (place: string) => (place === "damascus" ? ["syria"] : []);

  it("never joins a different kind of action on the same day, however many names they share", () => {
    expect(findCorroborated(proposal({ action: "meeting", people: signing.people, place: "damascus" }), [signing])).toBeNull();
  });

  it("joins a report naming only the two countries to the signing in their capital, through the place the city lies in", () => {
    const countriesOnly = proposal({ action: "signing", place: "syria", places: ["iran", "syria"] });
    expect(findCorroborated(countriesOnly, [signing], { around })?.why).toEqual({
      action: "signing",
      people: [],
      organizations: [],
      place: "syria",
      unsure: false,
    });
    expect(findCorroborated(countriesOnly, [signing])).toBeNull();
  });

  it("takes the parties of 'the two sides signed' from the whole report", () => {
    const twoSides = proposal({ action: "signing", reportParties: ["mohammad-bagheri", "ali-abdullah-ayyoub", "bashar-al-assad"] });
    expect(findCorroborated(twoSides, [signing])?.why).toMatchObject({
      people: ["mohammad-bagheri", "ali-abdullah-ayyoub"],
      unsure: false,
    });
  });

  it("says what the two share, and that two shared names are a sure match", () => {
    expect(findCorroborated(proposal({ people: ["mohammad-bagheri"], place: "damascus" }), [signing])?.why).toEqual({
      people: ["mohammad-bagheri"],
      organizations: [],
      place: "damascus",
      unsure: false,
    });
  });

  it("marks a match on one shared name as one an editor should check", () => {
    expect(findCorroborated(proposal({ place: "damascus" }), [signing])?.why.unsure).toBe(true);
  });

  it("never attaches to an event of another day", () => {
    expect(findCorroborated(proposal({ date: "2020-07-07", people: signing.people }), [signing])).toBeNull();
  });

  it("finds the event a report gives another day: same signing, same ministers and city, a day apart", () => {
    const thursday = proposal({
      date: "2020-07-09",
      action: "signing",
      people: signing.people,
      place: "damascus",
      sentence: "signed on Thursday",
    });
    expect(findContradicted(thursday, [signing], { around }).map((c) => c.event.id)).toEqual(["signing"]);
    expect(findContradicted(thursday, [{ ...signing, start: "2020-07-01", end: "2020-07-01" }], { around })).toEqual([]);
  });

  it("does not call a second round, a happening that recurs, or one name in common a contradiction", () => {
    const again = proposal({
      date: "2020-07-09",
      action: "signing",
      people: signing.people,
      sentence: "signed another agreement on Thursday",
    });
    expect(findContradicted(again, [signing], { around })).toEqual([]);
    const meeting = proposal({ date: "2020-07-09", action: "meeting", people: signing.people, sentence: "met on Thursday" });
    expect(findContradicted(meeting, [{ ...signing, action: "meeting" }], { around })).toEqual([]);
    const oneName = proposal({ date: "2020-07-09", action: "signing", people: ["mohammad-bagheri"], sentence: "signed on Thursday" });
    expect(findContradicted(oneName, [signing], { around })).toEqual([]);
  });

  it("turns a planned event's file into one that happened, keeping the rest", () => {
    const text = "# kept\ntitle: Bagheri flies back to Tehran\ndate: 2020-07-11\nstatus: planned\ndraft: true\nreports:\n  - article: a\n";
    expect(markHappened(text)).toBe(
      "# kept\ntitle: Bagheri flies back to Tehran\ndate: 2020-07-11\ndraft: true\nreports:\n  - article: a\n",
    );
  });
});
