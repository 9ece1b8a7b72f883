import { describe, expect, it } from "vitest";
import { pagefindOptions, readSearchState, resultStatus, writeSearchState } from "../../../src/site/search/search-state.ts";

describe("search state in the address", () => {
  it("reads the query, filters and sort from ?q=", () => {
    const state = readSearchState(new URLSearchParams("q=Ayoub&person=Ali+Abdullah+Ayyoub&year=2020&sort=newest&bogus=1"));
    expect(state).toEqual({ query: "Ayoub", sort: "newest", filters: { person: ["Ali Abdullah Ayyoub"], year: ["2020"] } });
  });

  it("falls back to relevance for an unknown sort", () => {
    expect(readSearchState(new URLSearchParams("q=x&sort=sideways")).sort).toBe("relevance");
  });

  it("writes back only what is set, so a plain search stays ?q=…", () => {
    expect(writeSearchState({ query: "Baqeri", sort: "relevance", filters: { place: [] } }).toString()).toBe("q=Baqeri");
    expect(writeSearchState({ query: "x", sort: "oldest", filters: { type: ["Article", "Event"] } }).toString()).toBe(
      "q=x&type=Article&type=Event&sort=oldest",
    );
  });

  it("turns filters into Pagefind's any-of filters, and leaves sorting to the search page", () => {
    expect(pagefindOptions({ query: "x", sort: "newest", filters: { person: ["Mohammad Bagheri"], place: [] } })).toEqual({
      filters: { person: { any: ["Mohammad Bagheri"] } },
    });
    expect(pagefindOptions({ query: "x", sort: "relevance", filters: {} })).toEqual({ filters: {} });
  });
});

describe("resultStatus", () => {
  it("says how many results a search found and how many are shown", () => {
    expect(resultStatus(12, 5, "Damascus")).toBe("12 results for “Damascus”, showing 5.");
    expect(resultStatus(12, 10, "Damascus")).toBe("12 results for “Damascus”, showing 10.");
  });

  it("drops “showing” once every result is on the page, and speaks of one result in the singular", () => {
    expect(resultStatus(12, 12, "Damascus")).toBe("12 results for “Damascus”.");
    expect(resultStatus(1, 1, "Takfiri")).toBe("1 result for “Takfiri”.");
    expect(resultStatus(0, 0, "zzz")).toBe("0 results for “zzz”.");
  });

  it("leaves out the query when only filters are set", () => {
    expect(resultStatus(7, 5, "")).toBe("7 results, showing 5.");
  });
});
