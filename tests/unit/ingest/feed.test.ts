import { describe, expect, it } from "vitest";
import { extractFeed } from "../../../src/ingest/sources/feed.ts";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Gulf Courier</title>
<item><title>Iran, Syria sign defence accord</title><link>https://courier.example/a</link>
<pubDate>Wed, 08 Jul 2020 23:30:00 +0300</pubDate><dc:creator>Omar Khalil</dc:creator>
<content:encoded><![CDATA[<p>Iran and Syria signed a military cooperation agreement in Damascus.</p><script>alert(1)</script><p>Bagheri and Ayoub  signed it.</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://courier.example/b</link><pubDate>Thu, 09 Jul 2020 08:00:00 GMT</pubDate>
<description>A short teaser.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Syria Wire</title>
<entry><title>Accord signed</title><link rel="alternate" href="https://wire.example/1"/><published>2020-07-08T22:10:00-05:00</published>
<author><name>Lina Saleh</name></author><content type="html">&lt;p&gt;The accord covers air defence.&lt;/p&gt;</content></entry>
<entry><title>Reactions</title><link href="https://wire.example/2"/><updated>2020-07-09T01:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Washington criticised the deal.</p></div></content></entry>
<entry><title>Teaser</title><link href="https://wire.example/3"/><updated>2020-07-09T02:00:00Z</updated><summary>Only a summary.</summary></entry>
</feed>`;

describe("reading a feed", () => {
  it("reads RSS 2.0 items, keeping the day of pubDate in its own offset and reporting a summary-only item", () => {
    const { items } = extractFeed(RSS, "courier.xml");
    expect(items[0]).toEqual({
      label: "courier.xml#item-1 (Iran, Syria sign defence accord)",
      article: {
        headline: "Iran, Syria sign defence accord",
        paragraphs: ["Iran and Syria signed a military cooperation agreement in Damascus.", "Bagheri and Ayoub signed it."],
        published: "2020-07-08",
        publishedAt: "2020-07-08T23:30:00+03:00",
        url: "https://courier.example/a",
        publisher: "Gulf Courier",
        authors: ["Omar Khalil"],
      },
    });
    expect(items[1]).toEqual({
      label: "courier.xml#item-2 (Summary only)",
      error:
        "courier.xml#item-2 (Summary only): the item has no article text (no content:encoded / content); the feed carries only summaries",
    });
  });

  it("reads Atom entries with html and xhtml content, published else updated", () => {
    const { items } = extractFeed(ATOM, "wire.xml");
    expect(items.map((item) => item.article?.paragraphs)).toEqual([
      ["The accord covers air defence."],
      ["Washington criticised the deal."],
      undefined,
    ]);
    expect(items[0]?.article).toMatchObject({
      published: "2020-07-08",
      url: "https://wire.example/1",
      authors: ["Lina Saleh"],
      publisher: "Syria Wire",
    });
    expect(items[1]?.article).toMatchObject({ published: "2020-07-09", publishedAt: "2020-07-09T01:00:00Z" });
    expect(items[2]?.error).toMatch(/^wire\.xml#item-3 \(Teaser\): the item has no article text/);
  });

  it("refuses XML that is not a feed, and a feed with no items", () => {
    expect(() => extractFeed("<html><body>x</body></html>", "page.xml")).toThrow("page.xml: the file is not an RSS 2.0 or Atom feed");
    expect(() => extractFeed('<rss version="2.0"><channel><title>x</title></channel></rss>', "empty.xml")).toThrow(
      "empty.xml: the RSS feed has no items",
    );
  });
});
