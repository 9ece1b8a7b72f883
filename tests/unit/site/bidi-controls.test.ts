import { z } from "astro/zod";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { hasBidiControl, withoutBidiControls } from "../../../src/archive/bidi-controls.ts";
import { articleSchema } from "../../../src/archive/schemas/article.ts";
import { personSchema } from "../../../src/archive/schemas/entities.ts";
import { bidiControlsShown } from "../../../src/site/body/bidi-controls-shown.ts";

const RLO = "\u202e";
const PDF = "\u202c";
const RLI = "\u2067";

describe("bidirectional controls in a report's text", () => {
  const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [bidiControlsShown] }).html;

  it("are shown as their code point, never applied, and the words around them stay as written", () => {
    const html = render(`The file ${RLO}exe.txt${PDF} was attached, and ${RLI}باقری.`);
    expect(hasBidiControl(html)).toBe(false);
    expect(html).toContain('<abbr class="bidi-control" title="right-to-left override (U+202E), in the report');
    expect(html).toContain(">U+202E</abbr>exe.txt<abbr");
    expect(html).toContain(">U+2067</abbr>باقری.");
    expect(html.match(/class="bidi-control"/g)).toHaveLength(3);
  });

  it("leave text without them untouched, the implicit marks Persian uses included", () => {
    const text = "روز سه‌شنبه ۱۷ تیر\u200f، Bagheri.";
    expect(render(text).trim()).toBe(`<p>${text}</p>`);
  });

  it("are taken out of names, titles and file names, with the implicit marks", () => {
    expect(withoutBidiControls(`report${RLO}txt.exe`)).toBe("reporttxt.exe");
    expect(withoutBidiControls("\u200fدمشق\u061c")).toBe("دمشق");
  });
});

describe("a title or name holding a bidirectional control", () => {
  const schema = articleSchema(() => z.string());
  const person = personSchema(() => z.string());

  it("is refused, the control shown by its code point and the fix said", () => {
    const result = schema.safeParse({
      title: `Assad ${RLO}meets${PDF} Bagheri`,
      published: "2020-07-10",
      source: { sha256: "0".repeat(64) },
    });
    expect(result.success).toBe(false);
    const titleIssue = result.error!.issues.find((issue) => issue.path[0] === "title");
    expect(titleIssue?.message).toBe(
      '"Assad <U+202E>meets<U+202C> Bagheri" holds a bidirectional control character (shown here as <U+…>), which can make it read in another order than it is written; delete it',
    );
  });

  it("in an entity's name or alias is refused; the same name without it is taken", () => {
    expect(person.safeParse({ name: `Mohammad ${RLO}Bagheri` }).success).toBe(false);
    expect(person.safeParse({ name: "Mohammad Bagheri", aliases: [`${RLI}باقری`] }).success).toBe(false);
    expect(person.safeParse({ name: "Mohammad Bagheri", aliases: ["باقری"] }).success).toBe(true);
  });
});

describe("bidirectional controls written as character references", () => {
  const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [bidiControlsShown] }).html;

  it("are shown as their code point too, in hexadecimal and decimal", () => {
    const html = render("Named &#x202E;exe.txt&#8236; in the report.");
    expect(hasBidiControl(html)).toBe(false);
    expect(html).toContain(">U+202E</abbr>exe.txt<abbr");
    expect(html).toContain(">U+202C</abbr> in the report.");
  });
});
