import { describe, expect, it } from "vitest";
import { ENTITY_COLLECTIONS, ENTITY_KINDS, collectionOfType, entityKey, perEntityCollection } from "../../../src/archive/entity-kinds.ts";
import { ENTITY_SCHEMAS } from "../../../src/archive/schemas/entities.ts";
import { SEARCH_FILTERS } from "../../../src/site/search/search-state.ts";

describe("the table of entity kinds", () => {
  it("lists the kinds in the order the site shows them", () => {
    expect(ENTITY_COLLECTIONS).toEqual(["people", "organizations", "places"]);
  });

  it("gives every kind a distinct singular, schema.org type, search filter and label", () => {
    for (const field of ["singular", "schemaType", "filter", "label", "plural"] as const) {
      const values = ENTITY_COLLECTIONS.map((collection) => ENTITY_KINDS[collection][field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it("finds the collection of an entity type, and back", () => {
    for (const collection of ENTITY_COLLECTIONS) expect(collectionOfType(ENTITY_KINDS[collection].singular)).toBe(collection);
    expect(collectionOfType("person")).toBe("people");
  });

  it("builds one value per collection and keys entities across collections", () => {
    expect(perEntityCollection((collection) => collection.length)).toEqual({ people: 6, organizations: 13, places: 6 });
    expect(entityKey("people", "mohammad-bagheri")).toBe("people/mohammad-bagheri");
  });

  it("has a schema for every kind, and nothing else", () => {
    expect(Object.keys(ENTITY_SCHEMAS).sort()).toEqual([...ENTITY_COLLECTIONS].sort());
  });

  it("feeds the search's filters: type, then one per kind, then source and year", () => {
    expect(SEARCH_FILTERS.map((filter) => filter.key)).toEqual(["type", "person", "organization", "place", "source", "year"]);
    expect(SEARCH_FILTERS.map((filter) => filter.label)).toEqual(["Type", "Person", "Organization", "Place", "Source", "Year"]);
  });
});
