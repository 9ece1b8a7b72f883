import { describe, expect, it } from "vitest";
import { draftArticle } from "../../../src/ingest/drafting/article-draft.ts";
import { createEntityMatcher } from "../../../src/ingest/names/entity-matcher.ts";
import { parseRawReport } from "../../../src/ingest/raw-report/parse-raw-report.ts";
import { withEntityIds } from "../../../src/ingest/new-entities.ts";
import { seedEntities } from "../../support/seed-entities.ts";

const entities = new Map(seedEntities.map((entity) => [entity.id, entity]));
const environment = { matcher: createEntityMatcher(seedEntities), entities, cityIds: new Set(["damascus", "tehran"]) };

function draft(text: string) {
  return draftArticle(parseRawReport(new TextEncoder().encode(text), "report.txt"), environment);
}

describe("new names of a report", () => {
  it("gives a dateline's unknown city, its country and its agency, typed, with where they were written", () => {
    const { newNames, frontmatter } = draft("date 2020-07-13 LANSHUI, China (Xinhua) -- Floods hit the city on Monday.\n");
    const byName = new Map(newNames.map((name) => [name.name, name]));
    expect(byName.get("Lanshui")).toMatchObject({ type: "place", kind: "city", country: byName.get("China")!.id });
    expect(byName.get("China")).toMatchObject({ type: "place" });
    expect(byName.get("Xinhua")).toMatchObject({ type: "organization", kind: "news agency" });
    expect(frontmatter.dateline).toBe(byName.get("Lanshui")!.id);
  });

  it("folds a bare surname, in either name order, into the full name and finds every paragraph it is in", () => {
    const { newNames } = draft(
      "date 2020-07-13 BEIJING - Mayor Wang Jianhua said on Monday that residents would return.\n\nWang spoke at a shelter.\n",
    );
    const wang = newNames.find((name) => name.name === "Wang Jianhua");
    expect(wang?.type).toBe("person");
    expect(wang?.forms).toContain("Wang");
    expect(wang?.foundIn.map((found) => found.paragraph)).toEqual([1, 2]);
    expect(newNames.filter((name) => name.type === "person")).toHaveLength(1);
  });

  it("types an outlet by the words around it and keeps byline names out", () => {
    const { newNames } = draft(
      "date 2020-07-13 By Hana Kessler\n\nTEHRAN - The pact was signed on Wednesday, the daily Kayhan reported.\n",
    );
    expect(newNames.map((name) => `${name.name}:${name.type}`)).toContain("Kayhan:organization");
    expect(newNames.some((name) => name.name.includes("Kessler"))).toBe(false);
  });
});

describe("withEntityIds", () => {
  it("replaces provisional ids in id fields only, drops the unsettled ones and never touches the text", () => {
    const drafted = draft(
      "date 2020-07-10 DAMASCUS - Wang Jianhua met Bagheri in Damascus on Wednesday.\n\nMore follows.\n\nMore follows.\n",
    );
    const wang = drafted.newNames.find((name) => name.name === "Wang Jianhua")!;
    expect(drafted.frontmatter.people).toContain(wang.id);
    const settled = withEntityIds(drafted, new Map([[wang.id, "wang-jianhua"]]));
    expect(settled.paragraphs).toEqual(drafted.paragraphs);
    expect(settled.paragraphs.filter((p) => p === "More follows.")).toHaveLength(2);
    expect(settled.frontmatter.people).toEqual(drafted.frontmatter.people.map((id) => (id === wang.id ? "wang-jianhua" : id)));
    expect(settled.events[0]?.people).toContain("wang-jianhua");
    const unsettled = withEntityIds(drafted, new Map());
    expect(unsettled.frontmatter.people).not.toContain(wang.id);
    expect(unsettled.events[0]?.people).toEqual(["mohammad-bagheri"]);
  });
});
