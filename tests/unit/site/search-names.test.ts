import { describe, expect, it } from "vitest";
import { indexArchive } from "../../../src/site/index-archive.ts";
import { searchNames } from "../../../src/site/search/search-names.ts";
import { ARTICLE_ID, sampleRecords } from "../../support/record-fixtures.ts";

function namesFor(body: string) {
  const records = sampleRecords();
  records.bodies = new Map([[ARTICLE_ID, body]]);
  records.entities.people.find((person) => person.id === "mohammad-bagheri")!.aliases.push("Bagheri");
  return searchNames(indexArchive(records));
}

const formsOf = (table: ReturnType<typeof namesFor>, name: string) => table.names[name]!.flatMap((i) => table.forms[i]!);

describe("searchNames", () => {
  it("leads every name of an entity, normalised, to the shortest forms the archive writes it in", () => {
    const table = namesFor("Major General Mohammad Bagheri arrived. Bagheri said so.");
    expect(formsOf(table, "baqeri")).toEqual(["bagheri"]);
    expect(formsOf(table, "mohammad bagheri")).toEqual(["bagheri"]);
    expect(formsOf(table, "محمد باقري")).toEqual(["bagheri"]);
    expect(formsOf(table, "بشار الاسد")).toEqual(["assad"]);
  });

  it("keeps a name as a text writes it, letter variants and all", () => {
    const table = namesFor("محمد باقري وصل إلى دمشق.");
    expect(formsOf(table, "محمد باقري")).toEqual(expect.arrayContaining(["bagheri", "محمد باقري"]));
  });

  it("maps each word written with variant letters or diacritics to its written forms", () => {
    const table = namesFor("General Ayyūb met محمد باقری.");
    expect(table.words.ayyub).toEqual(["ayyūb"]);
    expect(table.words["باقري"]).toEqual(["باقری"]);
    expect(table.words.general).toBeUndefined();
  });
});
