import { defineHastPlugin, type PluginFactoryContext } from "satteri";
import type { Element, ElementContent } from "hast";
import { BIDI_CONTROL, BIDI_CONTROL_NAMES, codePoint, hasBidiControl } from "../../archive/bidi-controls.ts";

/** The visible, inert stand-in for a bidirectional control: its code point, with its name for a reader who asks. */
function shownControl(control: string): Element {
  return {
    type: "element",
    tagName: "abbr",
    properties: {
      className: ["bidi-control"],
      title: `${BIDI_CONTROL_NAMES[control] ?? "bidirectional control"} (${codePoint(control)}), in the report's text; shown here, not applied`,
      dataPagefindIgnore: "all",
    },
    children: [{ type: "text", value: codePoint(control) }],
  };
}

const showControls = defineHastPlugin({
  name: "dossier-bidi-controls-shown",
  text(node, ctx) {
    if (!hasBidiControl(node.value)) return;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(BIDI_CONTROL)) {
      if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
      parts.push(shownControl(match[0]));
      last = match.index + match[0].length;
    }
    if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
    ctx.replaceNode(node, parts);
  },
});

/**
 * A control in a body is written as itself or as a numeric character reference (`&#x202E;`, `&#8238;`; HTML names
 * none of them): a body with neither cannot hold one, and its text is not looked through node by node.
 */
const mayHoldControl = (source: string) => hasBidiControl(source) || source.includes("&#");

/**
 * An explicit bidirectional control in a report's text (an override, an embedding, an isolate) is shown as its
 * code point instead of being applied, so it cannot make the words after it read in another order. The article
 * file keeps the text as it came; only the page shows the control inert.
 */
export const bidiControlsShown = ({ source }: PluginFactoryContext) => (mayHoldControl(source) ? showControls : null);
