import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../src/site/publishing/csv.ts";

describe("csvField", () => {
  it("leaves plain text as it is", () => {
    expect(csvField("Assad meets Bagheri in Damascus")).toBe("Assad meets Bagheri in Damascus");
    expect(csvField(14)).toBe("14");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes a field holding a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvField("Tehran, Iran")).toBe('"Tehran, Iran"');
    expect(csvField('the "Axis" talks')).toBe('"the ""Axis"" talks"');
    expect(csvField("first line\nsecond")).toBe('"first line\nsecond"');
    expect(csvField("ends with CR\r")).toBe('"ends with CR\r"');
  });

  it("quotes a field with leading or trailing spaces so they survive", () => {
    expect(csvField(" padded ")).toBe('" padded "');
  });
});

describe("toCsv", () => {
  it("ends every record, the header too, with CRLF", () => {
    expect(
      toCsv([
        ["id", "title"],
        ["a", 'Say "no", twice'],
      ]),
    ).toBe('id,title\r\na,"Say ""no"", twice"\r\n');
  });
});
