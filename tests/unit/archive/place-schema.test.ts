import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { placeSchema } from "../../../src/archive/schemas/entities.ts";

const schema = placeSchema(() => z.string());
const DAMASCUS = { name: "Damascus", kind: "city" };

function messages(data: Record<string, unknown>): string[] {
  const parsed = schema.safeParse({ ...DAMASCUS, ...data });
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("a place's coordinates", () => {
  it("are optional, and checked unless marked proposed", () => {
    expect(schema.parse(DAMASCUS)).toMatchObject({ coordinatesProposed: false });
    expect(schema.parse({ ...DAMASCUS, lat: 33.5102, lon: 36.29128 })).toMatchObject({ lat: 33.5102, lon: 36.29128 });
    expect(schema.parse({ ...DAMASCUS, lat: 0, lon: 0, coordinatesProposed: true, geonames: 170654 })).toMatchObject({ lat: 0, lon: 0 });
  });

  it("come both or neither, and the message says how to write them", () => {
    expect(messages({ lat: 33.5102 })).toEqual([
      "lon: lat is given without lon; write both, in decimal degrees (lat: 33.5102, lon: 36.29128)",
    ]);
    expect(messages({ lon: 36.29128 })).toEqual([
      "lat: lon is given without lat; write both, in decimal degrees (lat: 33.5102, lon: 36.29128)",
    ]);
  });

  it("stay in range, and the message says the range", () => {
    expect(messages({ lat: 95, lon: 36 })).toEqual(["lat: lat is in decimal degrees from -90 to 90, not 95"]);
    expect(messages({ lat: 33, lon: -181 })).toEqual(["lon: lon is in decimal degrees from -180 to 180, not -181"]);
    expect(messages({ lat: "33°30′N", lon: 36 })).toEqual([
      "lat: lat is in decimal degrees from -90 to 90; write a number, e.g. lat: 33.5102, lon: 36.29128",
    ]);
  });

  it("name the GeoNames entry they came from by its id", () => {
    expect(messages({ lat: 33.5, lon: 36.3, geonames: -4 })).toEqual([
      "geonames: geonames is a GeoNames id, a positive whole number, e.g. 170654",
    ]);
  });
});
