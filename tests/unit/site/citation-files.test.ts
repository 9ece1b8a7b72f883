import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { describe, expect, it } from "vitest";
import { citableArticle, cslItem } from "../../../src/site/publishing/article-citation.ts";
import { citationDownloads, citationFiles, toBibtex, toCslJson, toRis } from "../../../src/site/publishing/citation-files.ts";
import { ARTICLE_URL, LINKS, article, sampleArchive } from "../../support/record-fixtures.ts";

const citable = citableArticle(article, sampleArchive(), LINKS);
const item = cslItem(citable);
const issuedYear = (entry: Record<string, unknown>) => (entry.issued as { "date-parts": number[][] })["date-parts"][0]![0];

describe("toBibtex", () => {
  const bib = toBibtex(item);

  it("writes one @article entry with its key, the year 2020 and the newspaper", () => {
    expect(bib).toMatch(/^@article\{tehrantimes2020syrian,/);
    expect(bib).toMatch(/year = \{2020\}/);
    expect(bib).toMatch(/journal = \{Tehran Times\}/);
  });

  it("parses back with citation-js to the same title, year and address", () => {
    const [entry] = new Cite(bib).data;
    expect(entry!.title).toBe(item.title);
    expect(issuedYear(entry!)).toBe(2020);
    expect(entry!.URL).toBe(ARTICLE_URL);
  });
});

describe("toRis", () => {
  const ris = toRis(item);

  it("writes a NEWS record with the full day, the credits as author, one field per line and CRLF line ends", () => {
    const lines = ris.split("\r\n");
    expect(lines[0]).toBe("TY  - NEWS");
    expect(lines).toContain("DA  - 2020/07/10");
    expect(lines).toContain("AU  - NA/PA");
    expect(lines).toContain(`TI  - ${item.title}`);
    expect(lines).toContain(`UR  - ${ARTICLE_URL}`);
    expect(lines.at(-2)).toBe("ER  - ");
    expect(ris.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("parses back with citation-js", () => {
    const [entry] = new Cite(ris).data;
    expect(entry!.type).toBe("article-newspaper");
    expect(entry!.title).toBe(item.title);
    expect(issuedYear(entry!)).toBe(2020);
  });
});

describe("toCslJson", () => {
  it("is a JSON list holding the item", () => {
    const [entry] = JSON.parse(toCslJson(item));
    expect(entry).toMatchObject({
      id: article.id,
      type: "article-newspaper",
      title: item.title,
      issued: { "date-parts": [[2020, 7, 10]] },
    });
  });
});

describe("citationFiles", () => {
  it("gives the same text for the same item every time", () => {
    expect(citationFiles(item)).toEqual(citationFiles(structuredClone(item)));
  });

  it("gives each format as its own writer does, from one parse of the item", () => {
    expect(citationFiles(item)).toEqual({ bib: toBibtex(item), ris: toRis(item), json: toCslJson(item) });
  });
});

describe("citationDownloads", () => {
  const downloads = citationDownloads(citable);
  /** What a browser saves from a `data:` link: the media type, and the text after the comma, decoded. */
  const saved = (href: string) => {
    const match = /^data:([^,]*),(.*)$/s.exec(href)!;
    return { mediaType: match[1], text: decodeURIComponent(match[2]!) };
  };

  it("offers BibTeX, RIS and CSL-JSON, each saved under the article's id", () => {
    expect(downloads.map(({ label, extension, filename }) => [label, extension, filename])).toEqual([
      ["BibTeX", "bib", `${article.id}.bib`],
      ["RIS", "ris", `${article.id}.ris`],
      ["CSL-JSON", "json", `${article.id}.json`],
    ]);
  });

  it("carries each file whole in its link, byte for byte as its writer makes it, with its media type", () => {
    const files = citationFiles(item);
    expect(downloads.map(({ href }) => saved(href))).toEqual([
      { mediaType: "application/x-bibtex;charset=utf-8", text: files.bib },
      { mediaType: "application/x-research-info-systems;charset=utf-8", text: files.ris },
      { mediaType: "application/vnd.citationstyles.csl+json;charset=utf-8", text: files.json },
    ]);
  });

  it("writes links with no character that could end an attribute, start markup or break the URL", () => {
    const hostile = citableArticle({ ...article, title: `Quotes " ' < > & # % and a\nnew line` }, sampleArchive(), LINKS);
    for (const { href } of citationDownloads(hostile)) {
      expect(href).toMatch(/^data:[\w./+-]+;charset=utf-8,[A-Za-z0-9%\-_.!~*'()]*$/);
      expect(saved(href).text).toContain("Quotes");
    }
    const [bib] = citationDownloads(hostile);
    expect(new Cite(saved(bib!.href).text).data[0]!.title).toContain("Quotes");
  });
});
