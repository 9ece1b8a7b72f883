import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument, type Document } from "yaml";
import { ENTITY_COLLECTIONS } from "../../archive/entity-kinds.ts";
import { splitMdxSource } from "../../archive/mdx-source.ts";
import type { CollectionName } from "../../archive/schemas/references.ts";
import { articleIdFromPath } from "../../archive/slugs.ts";
import type { PlannedWrite } from "../write-journal.ts";
import { ReviewError, shownPath } from "./review-error.ts";

export const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

export const COLLECTIONS: readonly CollectionName[] = ["articles", "events", ...ENTITY_COLLECTIONS];

/** The sha256 of a file's bytes: what a listing records, and what an action compares before it writes. */
export function fingerprintOf(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

interface LoadedFile {
  text: string;
  fingerprint: string;
  document: Document;
  /** An article's text around its frontmatter, kept byte for byte. */
  frame?: { before: string; after: string };
}

function filesIn(folder: string, extension: string, recursive: boolean): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The content files one review action reads and changes. Each file is parsed once into a YAML document (an
 * article's frontmatter), edited in place so comments and order survive, and written only if its text changed.
 */
export class ArchiveEdit {
  readonly contentDir: string;
  readonly #listed = new Map<CollectionName, string[]>();
  readonly #loaded = new Map<string, LoadedFile>();
  readonly #changed = new Set<string>();
  readonly #created = new Map<string, string>();
  readonly #removed = new Set<string>();

  constructor(contentDir: string) {
    this.contentDir = contentDir;
  }

  /** The files of a collection as they stand in this edit: removed ones left out, created ones added. */
  files(collection: CollectionName): string[] {
    let listed = this.#listed.get(collection);
    if (!listed) {
      const folder = path.join(this.contentDir, collection);
      listed = collection === "articles" ? filesIn(folder, ".mdx", true) : filesIn(folder, ".yaml", collection === "events");
      this.#listed.set(collection, listed);
    }
    const created = [...this.#created.keys()].filter((file) => this.collectionOf(file) === collection);
    return [...listed, ...created].filter((file) => !this.#removed.has(file));
  }

  collectionOf(file: string): CollectionName | undefined {
    const top = path.relative(this.contentDir, file).split(path.sep)[0];
    return COLLECTIONS.find((collection) => collection === top);
  }

  idOf(file: string): string {
    return file.endsWith(".mdx") ? articleIdFromPath(file) : path.basename(file, ".yaml");
  }

  /** The file of an entry, or undefined when the collection has none with that id. */
  fileOf(collection: CollectionName, id: string): string | undefined {
    return this.files(collection).find((file) => this.idOf(file) === id);
  }

  #load(file: string): LoadedFile {
    let loaded = this.#loaded.get(file);
    if (loaded) return loaded;
    const created = this.#created.get(file);
    const bytes = created === undefined ? readFileSync(file) : Buffer.from(created);
    const text = bytes.toString("utf8");
    let yamlText = text;
    let frame: LoadedFile["frame"];
    if (file.endsWith(".mdx")) {
      const { fence, frontmatter } = splitMdxSource(text);
      if (fence !== "---") throw new ReviewError(`${shownPath(file)} has no YAML frontmatter between --- lines; fix it before reviewing`);
      const start = text.indexOf(frontmatter);
      const leading = /^\s*/.exec(frontmatter)![0];
      frame = { before: text.slice(0, start) + leading, after: text.slice(start + frontmatter.length) };
      yamlText = frontmatter.slice(leading.length);
    }
    const document = parseDocument(yamlText);
    if (document.errors.length > 0)
      throw new ReviewError(
        `${shownPath(file)} is not valid YAML (${document.errors[0]!.message.split("\n")[0]}); fix it before reviewing`,
      );
    loaded = { text, fingerprint: fingerprintOf(bytes), document, frame };
    this.#loaded.set(file, loaded);
    return loaded;
  }

  /** The file's YAML (an article's frontmatter), to read or to edit; call `changed` after editing it. */
  document(file: string): Document {
    return this.#load(file).document;
  }

  /** The sha256 of the file as this edit read it. */
  fingerprint(file: string): string {
    return this.#load(file).fingerprint;
  }

  changed(file: string): void {
    this.#changed.add(file);
  }

  /** Plans a new file; refuses to replace one that exists. */
  create(file: string, text: string): void {
    if (existsSync(file) || this.#created.has(file))
      throw new ReviewError(`${shownPath(file)} already exists; nothing was written. Choose another id`);
    this.#created.set(file, text);
  }

  remove(file: string): void {
    this.#removed.add(file);
  }

  #render(file: string): string {
    const { document, frame } = this.#load(file);
    const yaml = document.toString(YAML_OPTIONS);
    return frame ? `${frame.before}${yaml}${frame.after}` : yaml;
  }

  /** The files this edit writes and removes: changed ones first, then new ones, then removals. */
  plan(): { written: string[]; created: string[]; removed: string[]; writes: PlannedWrite[] } {
    const isNew = (file: string) => this.#created.has(file);
    const written = [...this.#changed].filter(
      (file) => !isNew(file) && !this.#removed.has(file) && this.#render(file) !== this.#load(file).text,
    );
    const created = [...this.#created.keys()].filter((file) => !this.#removed.has(file));
    const removed = [...this.#removed].filter((file) => !isNew(file));
    const text = (file: string) => (this.#changed.has(file) ? this.#render(file) : this.#created.get(file)!);
    const writes: PlannedWrite[] = [
      ...written.map((file) => ({ file, text: this.#render(file), overwrite: true })),
      ...created.map((file) => ({ file, text: text(file), overwrite: false })),
      ...removed.map((file) => ({ file, delete: true as const })),
    ];
    return { written: written.sort(), created: created.sort(), removed: removed.sort(), writes };
  }
}
