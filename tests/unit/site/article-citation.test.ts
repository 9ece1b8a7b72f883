import { describe, expect, it } from "vitest";
import {
  apaCitation,
  chicagoCitation,
  citableArticle,
  citationKey,
  citationMetaTags,
  citationText,
  cslItem,
  type CitableArticle,
} from "../../../src/site/publishing/article-citation.ts";
import { ARTICLE_URL, ORIGINAL_URL, LINKS, article, sampleArchive } from "../../support/record-fixtures.ts";

const TITLE = "Syrian president says Tehran–Damascus military agreement is result of years of cooperation against terrorism";
const cited: CitableArticle = citableArticle(article, sampleArchive(), LINKS);

describe("citableArticle", () => {
  it("takes the publisher's name, the credits, the original and the archived address from the records", () => {
    expect(cited).toEqual({
      id: article.id,
      title: TITLE,
      published: "2020-07-10",
      publisher: "Tehran Times",
      credits: "NA/PA",
      originalUrl: ORIGINAL_URL,
      archiveUrl: ARTICLE_URL,
      archiveName: "Dossier",
    });
  });
});

describe("chicagoCitation", () => {
  it("cites the archived report with the newspaper in italics, the original address and the archive", () => {
    const parts = chicagoCitation(cited);
    expect(citationText(parts)).toBe(
      `NA/PA. “${TITLE}.” Tehran Times, July 10, 2020. ${ORIGINAL_URL}. Archived in Dossier, ${ARTICLE_URL}.`,
    );
    expect(parts.filter((part) => part.italic).map((part) => part.text)).toEqual(["Tehran Times"]);
  });

  it("starts with the headline when there are no credits, and keeps a headline's own question mark", () => {
    const parts = chicagoCitation({ ...cited, credits: undefined, originalUrl: undefined, title: "Will the talks resume?" });
    expect(citationText(parts)).toBe(`“Will the talks resume?” Tehran Times, July 10, 2020. Archived in Dossier, ${ARTICLE_URL}.`);
  });

  it("gives only the day when the publisher is unknown", () => {
    expect(
      citationText(
        chicagoCitation({ ...cited, publisher: undefined, credits: undefined, originalUrl: undefined, published: "2021-01-02" }),
      ),
    ).toBe(`“${TITLE}.” January 2, 2021. Archived in Dossier, ${ARTICLE_URL}.`);
  });
});

describe("apaCitation", () => {
  it("cites the archived copy: credits, (year, month day), headline, newspaper in italics, address", () => {
    const parts = apaCitation(cited);
    expect(citationText(parts)).toBe(`NA/PA. (2020, July 10). ${TITLE}. Tehran Times. ${ARTICLE_URL}`);
    expect(parts.filter((part) => part.italic).map((part) => part.text)).toEqual(["Tehran Times"]);
  });

  it("moves the headline to the front when there are no credits", () => {
    expect(citationText(apaCitation({ ...cited, credits: undefined }))).toBe(`${TITLE}. (2020, July 10). Tehran Times. ${ARTICLE_URL}`);
  });

  it("leaves the periodical out when the publisher is unknown", () => {
    expect(citationText(apaCitation({ ...cited, publisher: undefined, title: "Talks resume!" }))).toBe(
      `NA/PA. (2020, July 10). Talks resume! ${ARTICLE_URL}`,
    );
  });
});

describe("cslItem", () => {
  it("describes a newspaper article with the day as date-parts, the credits as a literal author and the original in the note", () => {
    expect(cslItem(cited)).toEqual({
      id: article.id,
      "citation-key": "tehrantimes2020syrian",
      type: "article-newspaper",
      title: TITLE,
      "container-title": "Tehran Times",
      publisher: "Tehran Times",
      author: [{ literal: "NA/PA" }],
      issued: { "date-parts": [[2020, 7, 10]] },
      URL: ARTICLE_URL,
      archive: "Dossier",
      note: `Original: ${ORIGINAL_URL}`,
      language: "en",
    });
  });

  it("records the retrieval day as accessed", () => {
    expect(cslItem({ ...cited, retrieved: "2024-03-05" }).accessed).toEqual({ "date-parts": [[2024, 3, 5]] });
  });
});

describe("citationKey", () => {
  it("joins publisher, year and the headline's first word, letters and digits only", () => {
    expect(citationKey({ ...cited, publisher: "Al-Mayadeen", title: "«Éclats» at the border" })).toBe("almayadeen2020eclats");
    expect(citationKey({ ...cited, publisher: undefined })).toBe("dossier2020syrian");
  });
});

describe("citationMetaTags", () => {
  it("gives Zotero the title, author, day as YYYY/MM/DD, newspaper and the archived address", () => {
    expect(citationMetaTags(cited)).toEqual([
      ["citation_title", TITLE],
      ["citation_author", "NA/PA"],
      ["citation_publication_date", "2020/07/10"],
      ["citation_date", "2020/07/10"],
      ["citation_journal_title", "Tehran Times"],
      ["citation_publisher", "Tehran Times"],
      ["citation_public_url", ARTICLE_URL],
      ["citation_language", "en"],
    ]);
  });

  it("names no author when the report carries no credits", () => {
    expect(citationMetaTags({ ...cited, credits: undefined }).map(([name]) => name)).not.toContain("citation_author");
  });
});
