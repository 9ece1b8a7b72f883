import { describe, expect, it } from "vitest";
import { element, escapeMarkup, text } from "../../../src/site/markup.ts";
import { drawTimeline } from "../../../src/site/figures/timeline-figure.ts";
import { timelineMarkup } from "../../../src/site/figures/timeline-markup.ts";

const HOSTILE = `</text><script>alert("x")</script><a href='javascript:alert(1)'>&amp;`;

describe("SVG markup", () => {
  it("escapes text and attribute values, so a report's words never become markup", () => {
    expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(element("text", { x: 1.5, y: 0, "text-anchor": "start" }, text(HOSTILE))).toBe(
      `<text x="1.5" y="0" text-anchor="start">${escapeMarkup(HOSTILE)}</text>`,
    );
    expect(element("a", { href: undefined, "aria-label": `"quoted"` })).toBe(`<a aria-label="&quot;quoted&quot;"/>`);
  });

  it("writes a timeline whose hostile titles stay text in every label, title and tooltip", () => {
    const event = { id: "e", title: HOSTILE, start: "2020-07-08", end: "2020-07-08", href: "/events/e/" };
    const markup = timelineMarkup(drawTimeline({ nodes: [{ ...event, children: [] }] })!);
    expect(markup).not.toMatch(/<script|<\/text><script|href='javascript/);
    expect(markup).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(markup).toContain(`href="/events/e/"`);
    // Every element opened is closed: the markup is well formed.
    const opened = [...markup.matchAll(/<([a-z]+)[^>]*?(\/?)>/g)].filter((m) => m[2] !== "/").map((m) => m[1]);
    const closed = [...markup.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.sort());
  });
});

describe("map and network markup", () => {
  it("keeps hostile place and entity names as text", async () => {
    const { drawMap } = await import("../../../src/site/figures/map-figure.ts");
    const { mapMarkup } = await import("../../../src/site/figures/map-markup.ts");
    const { drawNetwork } = await import("../../../src/site/figures/network-figure.ts");
    const { networkMarkup } = await import("../../../src/site/figures/network-markup.ts");
    const place = { id: "x", name: HOSTILE, href: "/places/x/", lat: 33.5, lon: 36.3, names: [HOSTILE], role: "focus" as const };
    const map = mapMarkup(drawMap([place], { width: 340, height: 230 })!, "/figures/map-x.svg");
    const people = ["people/a", "people/b"].map((key) => ({ key, name: HOSTILE, href: `/${key}/`, collection: "people" as const }));
    const network = networkMarkup(
      drawNetwork({ nodes: people, edges: [{ a: "people/a", b: "people/b", weight: 2 }] }, { width: 560, height: 340 })!,
    );
    for (const markup of [map, network]) {
      expect(markup).not.toMatch(/<script|href='javascript/);
      expect(markup).toContain("&lt;script&gt;");
    }
    expect(map).toContain(`href="/places/x/"`);
    expect(network).toContain(`href="/people/a/"`);
  });
});
