import { describe, expect, it } from "vitest";
import { SourceError } from "../../../src/ingest/sources/extracted-article.ts";
import { decodeHtml, paragraphsOfHtml, safeHttpUrl } from "../../../src/ingest/sources/html-text.ts";
import { extractSavedPage } from "../../../src/ingest/sources/saved-page.ts";

const STORY = [
  "Iran and Syria signed a comprehensive agreement on military cooperation in Damascus on Wednesday, the two defence ministries said.",
  "The accord was signed by Major General Mohammad Bagheri, chief of staff of Iran's armed forces, and Syrian Defence Minister Ali Abdullah Ayoub.",
  "Bagheri said the agreement would strengthen Syria's air defence systems and deepen the cooperation between the two armed forces.",
];
const ps = (texts: string[]): string => texts.map((text) => `<p>${text}</p>`).join("\n");

const WORDPRESS = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Iran and Syria sign military pact – Levant Ledger</title>
<script type="application/ld+json">${JSON.stringify({
  "@context": "https://schema.org",
  "@graph": [
    { "@type": "Organization", "@id": "https://ledger.example/#org", name: "Levant Ledger" },
    { "@type": "Person", "@id": "https://ledger.example/#/schema/person/1", name: "Rania Haddad" },
    {
      "@type": "BlogPosting",
      headline: "Iran and Syria sign military pact",
      datePublished: "2020-07-08T21:15:00+00:00",
      author: { "@id": "https://ledger.example/#/schema/person/1" },
      publisher: { "@id": "https://ledger.example/#org" },
      mainEntityOfPage: { "@id": "https://ledger.example/2020/07/08/iran-syria-pact/" },
    },
  ],
})}</script></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article class="post"><h1 class="entry-title">Iran and Syria sign military pact</h1>
<div class="entry-meta"><time datetime="2020-07-08T21:15:00+00:00">8 July 2020</time></div>
<div class="entry-content">${ps(STORY)}</div></article></main>
<footer><p>© 2020 Levant Ledger. All rights reserved.</p></footer></body></html>`;

const NEWS_SITE = `<!doctype html><html lang="ar"><head><meta charset="utf-8">
<meta property="og:title" content="Iran, Syria seal defence accord in Damascus">
<meta property="og:site_name" content="Gulf Courier">
<meta property="og:url" content="https://courier.example/world/iran-syria-accord">
<link rel="canonical" href="javascript:alert(1)">
<meta property="article:published_time" content="2020-07-08T23:30:00+03:00">
<meta name="author" content="Omar Khalil">
<style>.share{color:red}</style></head>
<body><nav class="menu"><a href="/">Front page</a> <a href="/politics">Politics</a></nav>
<div class="layout"><article><h1>Iran, Syria seal defence accord in Damascus</h1>
<div class="share"><button>Share this on Facebook</button><button>Tweet</button></div>
<figure><img src="/sign.jpg" alt=""><figcaption>Bagheri and Ayoub at the signing ceremony in Damascus on Wednesday evening.</figcaption></figure>
${ps(STORY)}
<script>document.write("<p>Injected paragraph that must never be part of the story text at all.</p>")</script>
<p>Read more: Iran's chief of staff visits troops on the Syrian border this week</p>
<p>Follow us on Twitter and Telegram for the latest news from the region</p>
</article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Oil prices climb again as the tanker dispute drags on for weeks</a></li><li><a href="/b">Heatwave grips the capital</a></li></ol></aside></div>
<footer><p>Copyright 2020 Gulf Courier Media Group, registered in Doha and Beirut.</p></footer></body></html>`;

const TIME_ONLY = `<html><head><title>Damascus accord | Syria Wire</title></head><body>
<p class="promo">Subscribe to our newsletter for the daily briefing.</p>
<main><h1>Damascus accord</h1><time datetime="2020-07-08">July 8</time>${ps(STORY.slice(0, 2))}</main></body></html>`;

describe("reading a saved news page", () => {
  it("reads a WordPress page's JSON-LD @graph, resolving its author and publisher references", () => {
    expect(extractSavedPage(WORDPRESS, "ledger.html")).toEqual({
      headline: "Iran and Syria sign military pact",
      paragraphs: STORY,
      published: "2020-07-08",
      publishedAt: "2020-07-08T21:15:00+00:00",
      url: "https://ledger.example/2020/07/08/iran-syria-pact/",
      publisher: "Levant Ledger",
      authors: ["Rania Haddad"],
      language: "en-GB",
    });
  });

  it("keeps the day of a late-night +03:00 timestamp in its own offset, not UTC", () => {
    const article = extractSavedPage(NEWS_SITE, "courier.html");
    expect(article.published).toBe("2020-07-08");
    expect(article.publishedAt).toBe("2020-07-08T23:30:00+03:00");
  });

  it("leaves out navigation, captions, share buttons, the most-read box, scripts, teasers and the footer", () => {
    expect(extractSavedPage(NEWS_SITE, "courier.html").paragraphs).toEqual(STORY);
  });

  it("ignores a javascript: canonical address and takes og:url instead", () => {
    const article = extractSavedPage(NEWS_SITE, "courier.html");
    expect(article).toMatchObject({
      url: "https://courier.example/world/iran-syria-accord",
      publisher: "Gulf Courier",
      authors: ["Omar Khalil"],
    });
    expect(article.headline).toBe("Iran, Syria seal defence accord in Damascus");
  });

  it("takes the date from a bare <time datetime> when the page has no other metadata", () => {
    const article = extractSavedPage(TIME_ONLY, "wire.html");
    expect(article).toMatchObject({ headline: "Damascus accord", published: "2020-07-08", publishedAt: "2020-07-08", authors: [] });
    expect(article.paragraphs).toEqual(STORY.slice(0, 2));
    expect(article.url).toBeUndefined();
  });

  it("refuses a page with no date unless one is given with --published", () => {
    const undated = TIME_ONLY.replace('<time datetime="2020-07-08">July 8</time>', "");
    expect(() => extractSavedPage(undated, "wire.html")).toThrow(
      "wire.html: the page gives no publication date (article:published_time, JSON-LD datePublished or <time datetime>); give it with --published YYYY-MM-DD",
    );
    expect(extractSavedPage(undated, "wire.html", { published: "2020-07-09" })).toMatchObject({ published: "2020-07-09" });
    expect(() => extractSavedPage(undated, "wire.html", { published: "9 July 2020" })).toThrow(SourceError);
  });

  it("refuses a page with no article text", () => {
    const empty = `<html><head><meta property="article:published_time" content="2020-07-08T10:00:00Z"><title>Index</title></head>
<body><nav><a href="/">Home</a></nav><p>Short line.</p><footer><p>© 2020 Example</p></footer></body></html>`;
    expect(() => extractSavedPage(empty, "index.html")).toThrow(/^index\.html: the page has no article text/);
  });
});

describe("decoding a saved page's bytes", () => {
  it("reads windows-1256 Arabic named by a meta http-equiv", () => {
    const head = new TextEncoder().encode(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>',
    );
    const arabic = Uint8Array.from([0xe3, 0xcd, 0xe3, 0xcf]); // محمد
    const tail = new TextEncoder().encode("</p></body></html>");
    const bytes = new Uint8Array([...head, ...arabic, ...tail]);
    expect(paragraphsOfHtml(decodeHtml(bytes, "sana.html"))).toEqual(["محمد"]);
  });

  it("reads windows-1252 named by the HTTP Content-Type", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("<p>caf"),
      0xe9,
      0x20,
      0x93,
      0x6f,
      0x6b,
      0x94,
      ...new TextEncoder().encode("</p>"),
    ]);
    expect(decodeHtml(bytes, "page.html", "text/html; charset=windows-1252")).toBe("<p>café “ok”</p>");
  });

  it("refuses an encoding it does not know, naming it", () => {
    const bytes = new TextEncoder().encode('<meta charset="x-foo"><p>text</p>');
    expect(() => decodeHtml(bytes, "odd.html")).toThrow(
      'odd.html: the page says it is in "x-foo", an encoding the ingest cannot read; save it again as UTF-8',
    );
  });

  it("refuses bytes that are not valid UTF-8", () => {
    expect(() => decodeHtml(Uint8Array.from([0x3c, 0x70, 0x3e, 0xc3, 0x28]), "broken.html")).toThrow(
      /^broken\.html: the bytes are not valid utf-8/,
    );
  });
});

describe("safe addresses", () => {
  it("keeps http and https and refuses javascript:, data: and relative addresses without a base", () => {
    expect(safeHttpUrl("https://a.example/x")).toBe("https://a.example/x");
    expect(safeHttpUrl("/x", "http://a.example/")).toBe("http://a.example/x");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("data:text/html,hi")).toBeUndefined();
    expect(safeHttpUrl("/x")).toBeUndefined();
    expect(safeHttpUrl(null)).toBeUndefined();
  });
});
