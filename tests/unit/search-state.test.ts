import { describe, expect, it } from "vitest";
import { pagefindOptions, readSearchState, writeSearchState } from "../../src/lib/search-state.ts";

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

  it("turns filters into Pagefind's any-of filters and sorting into a date sort", () => {
    expect(pagefindOptions({ query: "x", sort: "newest", filters: { person: ["Mohammad Bagheri"] } })).toEqual({
      filters: { person: { any: ["Mohammad Bagheri"] } },
      sort: { date: "desc" },
    });
    expect(pagefindOptions({ query: "x", sort: "relevance", filters: {} })).toEqual({ filters: {} });
  });
});
