/** Attribute values: a number, a string, or nothing (the attribute is left out). */
export type Attributes = Record<string, string | number | undefined>;

const MARKUP = /[&<>"']/;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as it may stand in markup (SVG or HTML), inside an element or an attribute: reports' words never become markup. */
export function escapeMarkup(text: string): string {
  return MARKUP.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

/**
 * One element as markup (SVG, or HTML with children), its attributes in the order given (so two builds write the
 * same bytes) and its children already markup. A drawing with many marks is written this way rather than component
 * by component, which costs a build a few per cent on thousands of pages; so is a report's paragraph permalink.
 */
export function element(name: string, attributes: Attributes, ...children: string[]): string {
  let open = `<${name}`;
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) open += ` ${key}="${typeof value === "number" ? value : escapeMarkup(value)}"`;
  }
  return children.length === 0 ? `${open}/>` : `${open}>${children.join("")}</${name}>`;
}

/** A text node's content, escaped. */
export function text(content: string): string {
  return escapeMarkup(content);
}
