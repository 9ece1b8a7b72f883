import { describe, expect, it } from "vitest";
import { feedChannel, feedItems, feedUrl } from "../../../src/site/publishing/feed.ts";
import { ARTICLE_URL, HOME, LINKS, article, sampleArchive, sampleRecords } from "../../support/record-fixtures.ts";

describe("feedItems", () => {
  it("gives each report its title, address, day and summary, and names what it is about", () => {
    const [item] = feedItems(sampleArchive(), LINKS);
    expect(item).toEqual({
      title: article.title,
      link: ARTICLE_URL,
      pubDate: new Date("2020-07-10T00:00:00Z"),
      description: article.summary,
      categories: ["Tehran Times", "Tehran", "Damascus", "Bashar al-Assad", "Mohammad Bagheri", "Al Mayadeen", "Fars News Agency"],
    });
  });

  it("lists the newest first and leaves drafts out", () => {
    const records = sampleRecords();
    records.articles.push(
      { ...article, id: "older", published: "2019-01-01" },
      { ...article, id: "newer", published: "2021-05-01" },
      { ...article, id: "draft", published: "2022-01-01", draft: true },
    );
    expect(feedItems(sampleArchive(records), LINKS).map((item) => item.link)).toEqual([
      `${HOME}articles/newer/`,
      ARTICLE_URL,
      `${HOME}articles/older/`,
    ]);
  });
});

describe("feedChannel", () => {
  it("links the archive's home and the feed's own address under the base path", () => {
    const channel = feedChannel(LINKS);
    expect(channel.site).toBe(HOME);
    expect(feedUrl(HOME)).toBe("https://archive.example.org/archive/rss.xml");
    expect(channel.customData).toContain('<atom:link href="https://archive.example.org/archive/rss.xml" rel="self"');
  });
});
