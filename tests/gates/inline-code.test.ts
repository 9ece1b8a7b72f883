import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/site/publishing/csp.ts";
import { withoutAttributeValues } from "../support/built-html.ts";
import { BUILDS, readBuiltSite } from "../support/built-site.ts";

/**
 * Every page carries one fixed Content-Security-Policy with no hashes and no 'unsafe-inline' (src/site/publishing/csp.ts). That
 * holds only while no page has an inline script, style or event handler, which the browser would refuse to run.
 */
function inlineCode(html: string): string[] {
  const markup = withoutAttributeValues(html);
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (!/\ssrc="/.test(tag) && !/\stype="application\/ld\+json"/.test(tag)) found.push(`an inline script (${tag})`);
  }
  if (/<style\b/.test(markup)) found.push("a <style> element");
  for (const [attribute] of markup.matchAll(/\s(?:style|on[a-z]+)=/g)) found.push(`a${attribute.trimEnd()} attribute`);
  if (/\s(?:href|src|action)="\s*javascript:/i.test(html)) found.push("a javascript: URL");
  return found;
}

describe("inlineCode", () => {
  it("finds it where it is", () => {
    expect(inlineCode('<p style="color:red" onclick="x()">a</p><style>p{}</style><script>x()</script>')).toEqual([
      "an inline script (<script>)",
      "a <style> element",
      "a style= attribute",
      "a onclick= attribute",
    ]);
    expect(
      inlineCode('<script type="application/ld+json">{}</script><script type="module" src="/a.js"></script><p title="style=x">a</p>'),
    ).toEqual([]);
  });
});

describe.each(BUILDS)("inline code on the pages of $dir", ({ dir, base }) => {
  const site = readBuiltSite(dir, base);

  it("every page carries the site's policy first in its head, and no inline script, style or event handler", () => {
    expect(site.pages.size).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const [page, html] of site.pages) {
      const head = /<head>\s*<meta charset="utf-8">\s*<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
      if (head?.[1] !== CONTENT_SECURITY_POLICY)
        problems.push(`${dir}/${page}: the policy of src/site/publishing/csp.ts is not the first thing after <meta charset> in <head>`);
      for (const found of inlineCode(html)) {
        problems.push(
          `${dir}/${page}: ${found}, which the Content-Security-Policy blocks. Fix: move it into a file (a <script> or <style> Astro bundles, or a class in the component's stylesheet)`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
