import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { countryCode } from "../../../src/ingest/places/country-codes.ts";
import { gazetteerOf, loadGazetteer, type GazetteerPlace } from "../../../src/ingest/places/gazetteer.ts";
import { placeKey, similarPlaceKey } from "../../../src/ingest/places/place-keys.ts";
import { proposeCoordinates } from "../../../src/ingest/places/propose-coordinates.ts";

interface KeyEntry {
  name: string;
  country?: string;
  kind?: string;
  expect: { lat: number; lon: number } | "none";
}

const KEY = parse(readFileSync(new URL("../../fixtures/places/gazetteer-key.yaml", import.meta.url), "utf8")) as KeyEntry[];
const TOLERANCE_DEGREES = 0.2;

describe("coordinates proposed for the place names of the answer key", () => {
  const gazetteer = loadGazetteer();
  const outcomes = KEY.map((entry) => ({
    entry,
    proposal: proposeCoordinates(
      { names: [entry.name], kind: entry.kind, countryNames: entry.country ? [entry.country] : undefined },
      gazetteer,
    ),
  }));
  const proposed = outcomes.filter(({ proposal }) => "lat" in proposal);
  const isRight = ({ entry, proposal }: (typeof outcomes)[number]) =>
    entry.expect !== "none" &&
    "lat" in proposal &&
    Math.abs(proposal.lat - entry.expect.lat) <= TOLERANCE_DEGREES &&
    Math.abs(proposal.lon - entry.expect.lon) <= TOLERANCE_DEGREES;
  const right = proposed.filter(isRight).length;
  const placed = KEY.filter((entry) => entry.expect !== "none").length;
  const precision = right / proposed.length;
  const recall = right / placed;

  it(`proposes right coordinates (precision ${(precision * 100).toFixed(1)}%) for most names (recall ${(recall * 100).toFixed(1)}%)`, () => {
    expect(KEY.length).toBeGreaterThanOrEqual(40);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it("proposes nothing for a name that must stay without coordinates", () => {
    const wrong = outcomes.filter(({ entry, proposal }) => entry.expect === "none" && "lat" in proposal).map(({ entry }) => entry.name);
    expect(wrong).toEqual([]);
  });
});

describe("the folding of place names", () => {
  it("meets the spellings of one name: case, accents, apostrophes, hyphens, the Arabic article", () => {
    expect(placeKey("Sana'a")).toBe(placeKey("Sanaa"));
    expect(placeKey("Al-Raqqah")).toBe(placeKey("Ar Raqqah"));
    expect(placeKey("al-Raqqa")).toBe("raqqa");
    expect(placeKey("Dar‘ā")).toBe("dara");
    expect(placeKey("Łódź")).toBe("lodz");
    expect(placeKey("SÃO PAULO")).toBe(placeKey("Sao Paulo"));
    expect(placeKey("Deir ez-Zor")).toBe("deir ez zor");
  });

  it("meets more transliterations in a second, looser key, which also meets names that differ", () => {
    expect(similarPlaceKey("Khān Yūnis")).toBe(similarPlaceKey("Khan Younis"));
    expect(similarPlaceKey("Dar‘ā")).toBe(similarPlaceKey("Daraa"));
    expect(placeKey("Ḩamāh")).not.toBe(placeKey("El Hamma"));
    expect(similarPlaceKey("Ḩamāh")).toBe(similarPlaceKey("El Hamma"));
  });

  it("keeps a name that is only an article", () => {
    expect(placeKey("El")).toBe("el");
  });
});

describe("the country of a place", () => {
  it("is read from a country's English names, short, long or in brackets", () => {
    expect(countryCode(["Syria"])).toBe("SY");
    expect(countryCode(["United States"])).toBe("US");
    expect(countryCode(["Burma"])).toBe("MM");
    expect(countryCode(["Palestine"])).toBe("PS");
    expect(countryCode(["United Kingdom"])).toBe("GB");
    expect(countryCode(["Nowherestan", "Lebanon"])).toBe("LB");
    expect(countryCode(["Damascus"])).toBeUndefined();
  });
});

const place = (geonames: number, name: string, country: string, population: number, lat: number, lon: number, capital = false) =>
  ({ geonames, name, country, population, lat, lon, capital }) satisfies GazetteerPlace;

describe("choosing among namesakes", () => {
  const gazetteer = gazetteerOf([
    place(1, "Tripoli", "LY", 1_150_989, 32.88743, 13.18733, true),
    place(2, "Tripoli", "LB", 229_398, 34.43352, 35.84415),
    place(3, "Damascus", "SY", 1_569_394, 33.5102, 36.29128, true),
    place(4, "Damascus", "US", 15_257, 39.28844, -77.20387),
    place(5, "Jenin", "PL", 1_100, 52.69647, 15.09796),
  ]);

  it("filters by the country the archive gives the place", () => {
    expect(proposeCoordinates({ names: ["Tripoli"], countryNames: ["Lebanon"] }, gazetteer)).toEqual({
      lat: 34.43352,
      lon: 35.84415,
      geonames: 2,
    });
    expect(proposeCoordinates({ names: ["Damascus"], countryNames: ["United States"] }, gazetteer)).toMatchObject({ geonames: 4 });
  });

  it("takes a capital far larger than its namesakes without a country", () => {
    expect(proposeCoordinates({ names: ["Damascus"] }, gazetteer)).toMatchObject({ geonames: 3 });
  });

  it("refuses, and says why, when a namesake elsewhere is too large to rule out", () => {
    expect(proposeCoordinates({ names: ["Tripoli"] }, gazetteer)).toEqual({
      none: "ambiguous: Tripoli, Libya (population 1,150,989) or Tripoli, Lebanon (population 229,398); give the place's country or write its lat and lon",
      ambiguous: true,
    });
  });

  it("refuses a small namesake when the country is not known, a name missing in the country, and countries", () => {
    expect(proposeCoordinates({ names: ["Jenin"] }, gazetteer)).toHaveProperty("none");
    expect(proposeCoordinates({ names: ["Damascus"], countryNames: ["Lebanon"] }, gazetteer)).toEqual({
      none: "no town of that name in the gazetteer in Lebanon",
      ambiguous: false,
    });
    expect(proposeCoordinates({ names: ["Syria"] }, gazetteer)).toEqual({
      none: "a country: the map draws it by its outline, so it needs no coordinates",
      ambiguous: false,
    });
    expect(proposeCoordinates({ names: ["Idlib"], kind: "region" }, gazetteer)).toHaveProperty("none");
  });

  it("prefers a name met exactly to one met only by the looser key", () => {
    const hama = gazetteerOf([place(6, "Ḩamāh", "SY", 460_602, 35.13179, 36.75783), place(7, "El Hamma", "TN", 62_000, 33.89152, 9.79629)]);
    expect(proposeCoordinates({ names: ["Hama"] }, hama)).toMatchObject({ geonames: 6 });
    expect(proposeCoordinates({ names: ["Hamma"], countryNames: ["Tunisia"] }, hama)).toMatchObject({ geonames: 7 });
  });

  it("finds a place by any of its names, the archive's aliases included", () => {
    expect(proposeCoordinates({ names: ["Dimashq", "Damascus"] }, gazetteer)).toMatchObject({ geonames: 3 });
  });
});
