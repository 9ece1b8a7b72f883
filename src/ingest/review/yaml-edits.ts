import { isMap, isScalar, isSeq, type Document, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";
import type { FieldPath, ReferenceField } from "./reference-fields.ts";

/** One reference found in a document: the scalar, what holds it, and the list entry it belongs to, if any. */
interface ReferenceSite {
  scalar: Scalar;
  parent: YAMLMap | YAMLSeq;
  key: string;
  entry?: { list: YAMLSeq; item: unknown };
}

function sitesAt(node: unknown, path: FieldPath, entry: ReferenceSite["entry"], found: ReferenceSite[]): void {
  const [step, ...rest] = path;
  if (step === undefined) return;
  if (step === "*") {
    if (!isSeq(node)) return;
    for (const item of node.items) {
      if (rest.length === 0) {
        if (isScalar(item)) found.push({ scalar: item, parent: node, key: step, entry });
      } else sitesAt(item, rest, { list: node, item }, found);
    }
    return;
  }
  if (!isMap(node)) return;
  const child = node.get(step, true);
  if (rest.length > 0) sitesAt(child, rest, entry, found);
  else if (isScalar(child)) found.push({ scalar: child, parent: node, key: step, entry });
}

function sites(document: Document, field: ReferenceField, id: string): ReferenceSite[] {
  const found: ReferenceSite[] = [];
  sitesAt(document.contents, field.path, undefined, found);
  return found.filter((site) => site.scalar.value === id);
}

function withoutItem(list: YAMLSeq, item: unknown): void {
  const at = list.items.indexOf(item);
  if (at >= 0) list.items.splice(at, 1);
}

/** Every id a document's field holds, in order. */
export function referencesIn(document: Document, field: ReferenceField): string[] {
  const found: ReferenceSite[] = [];
  sitesAt(document.contents, field.path, undefined, found);
  return found.map((site) => String(site.scalar.value));
}

/** Points a field's references to `from` at `to`; a list that already names `to` loses `from` instead. Returns how many changed. */
export function replaceReference(document: Document, field: ReferenceField, from: string, to: string): number {
  const found = sites(document, field, from);
  for (const site of found) {
    const list = site.parent;
    if (field.removal === "element" && isSeq(list) && list.items.some((item) => isScalar(item) && item.value === to)) {
      withoutItem(list, site.scalar);
    } else site.scalar.value = to;
  }
  return found.length;
}

/**
 * Removes a field's references to `id`: the list element, the optional key, or the list entry a required field
 * belongs to. `beforeRemoving` sees each site first (a quote keeps its speaker's name). Returns how many went.
 */
export function removeReference(
  document: Document,
  field: ReferenceField,
  id: string,
  beforeRemoving?: (holder: YAMLMap | YAMLSeq) => void,
): number {
  const found = sites(document, field, id);
  for (const site of found) {
    beforeRemoving?.(site.parent);
    if (field.removal === "element" && isSeq(site.parent)) withoutItem(site.parent, site.scalar);
    else if (field.removal === "key" && isMap(site.parent)) site.parent.delete(site.key);
    else if (site.entry) withoutItem(site.entry.list, site.entry.item);
  }
  return found.length;
}

/** The strings of a list field; none when it is missing. */
export function stringList(map: YAMLMap | Document, key: string): string[] {
  const list = map.get(key, true);
  return isSeq(list) ? list.items.map((item) => String(isScalar(item) ? item.value : item)) : [];
}

/** Adds the values a list field lacks, at its end; a missing list is written in flow style, `[a, b]`. */
export function appendToList(document: Document, map: YAMLMap | Document, key: string, values: readonly unknown[]): void {
  const list = map.get(key, true);
  if (isSeq(list)) {
    const present = list.items.map((item) => JSON.stringify(isScalar(item) ? item.value : (item as { toJSON(): unknown }).toJSON()));
    for (const value of values) {
      if (present.includes(JSON.stringify(value))) continue;
      list.add(document.createNode(value));
      present.push(JSON.stringify(value));
    }
    return;
  }
  if (values.length === 0) return;
  const created = document.createNode([...new Set(values)], { flow: values.every((value) => typeof value !== "object") });
  map.set(key, created);
}

/** The string value of a key, when it holds one. */
export function stringAt(map: YAMLMap | Document, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === "string" ? value : undefined;
}

/** Takes values out of a list field, keeping its style. */
export function removeFromList(map: YAMLMap | Document, key: string, values: readonly string[]): void {
  const list = map.get(key, true);
  if (isSeq(list)) list.items = list.items.filter((item) => !(isScalar(item) && values.includes(String(item.value))));
}

/** Sets a key; a new one goes before `reports`, which the ingest keeps last so that it can append a report as text. */
export function setField(document: Document, key: string, value: unknown): void {
  const root = document.contents;
  if (!isMap(root) || root.has(key)) {
    document.set(key, value);
    return;
  }
  const at = root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === "reports");
  if (at < 0) root.items.push(document.createPair(key, value));
  else root.items.splice(at, 0, document.createPair(key, value));
}
