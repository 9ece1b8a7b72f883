// citation-js ships no type declarations; these cover the part of its API the archive uses.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    /** The entries as CSL-JSON. */
    data: Record<string, unknown>[];
    format(format: "bibtex" | "biblatex", options?: { format?: "text" }): string;
    format(format: "ris", options: { format: "object"; spec?: "new" | "old" | "mixed" }): Record<string, string | string[]>[];
    format(format: "data", options?: { format?: "text" | "object" }): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
