import path from "node:path";
import type { Rule } from "eslint";

/** One thing a wing must not import: a folder of the repository, or a package (with its subpaths). */
export interface ForbiddenImport {
  /** A folder relative to the repository root, e.g. `src/ingest`; relative and root-relative specifiers are resolved against it. */
  directory?: string;
  /** What the folder is, for the message: "the ingest wing (src/ingest)". */
  what?: string;
  /** A package name (`chrono-node`), or a scheme ending in a colon (`astro:`) for virtual modules. */
  module?: string;
  /** Subpaths of `module` that stay allowed, e.g. `astro/zod`. */
  except?: string[];
  /** Why the package is off limits, for the message. */
  why?: string;
  /** What to do instead, for the message. */
  fix: string;
}

export interface ImportBoundariesOptions {
  /** Absolute path of the repository, against which `directory` and the wing's name are taken. */
  repoRoot: string;
  forbidden: ForbiddenImport[];
}

/** `src/site/views/views.ts` → `src/site`; a file directly in the root or in `src/` is named by itself. */
function wingOf(relativeFile: string): string {
  const parts = relativeFile.split(path.sep);
  return parts[0] === "src" && parts.length > 2 ? `src/${parts[1]}` : parts.join("/");
}

function isInside(directory: string, file: string): boolean {
  const relative = path.relative(directory, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The files a path-like specifier may name: relative to the importer, or (for `/src/…`, as Vite reads it) to the root. */
function candidatePaths(specifier: string, importerDir: string, repoRoot: string): string[] {
  const withoutQuery = specifier.replace(/[?#].*$/, "");
  if (withoutQuery.startsWith(".")) return [path.resolve(importerDir, withoutQuery)];
  if (withoutQuery.startsWith("/")) return [withoutQuery, path.join(repoRoot, withoutQuery)];
  return [];
}

function matchesModule(specifier: string, forbidden: ForbiddenImport): boolean {
  const name = forbidden.module;
  if (name === undefined || forbidden.except?.includes(specifier)) return false;
  return name.endsWith(":") ? specifier.startsWith(name) : specifier === name || specifier.startsWith(`${name}/`);
}

/**
 * Keeps each wing of the source tree to what it may import. Relative specifiers are resolved against the importing
 * file, so `../ingest/cli.ts` and `../../ingest/names/names.ts` are caught alike; type-only imports count too, since
 * they tie the wings together just the same.
 */
export const importBoundaries: Rule.RuleModule = {
  meta: {
    type: "problem",
    docs: { description: "Keeps each wing of the source tree to the imports it is allowed" },
    schema: [
      {
        type: "object",
        properties: {
          repoRoot: { type: "string" },
          forbidden: {
            type: "array",
            items: {
              type: "object",
              properties: {
                directory: { type: "string" },
                what: { type: "string" },
                module: { type: "string" },
                except: { type: "array", items: { type: "string" } },
                why: { type: "string" },
                fix: { type: "string" },
              },
              required: ["fix"],
              additionalProperties: false,
            },
          },
        },
        required: ["repoRoot", "forbidden"],
        additionalProperties: false,
      },
    ],
    messages: {
      directory: "{{wing}} must not import {{what}}; {{fix}}",
      module: '{{wing}} must not import "{{specifier}}": {{why}}; {{fix}}',
    },
  },
  create(context) {
    const { repoRoot, forbidden } = context.options[0] as ImportBoundariesOptions;
    // An .astro file's <script> is linted as a virtual file inside it; the real file is what its imports are relative to.
    const file = context.physicalFilename;
    const importerDir = path.dirname(file);
    const wing = wingOf(path.relative(repoRoot, file));

    const check = (source: Rule.Node | null | undefined) => {
      if (!source) return;
      const specifier =
        source.type === "Literal" && typeof source.value === "string"
          ? source.value
          : source.type === "TemplateLiteral" && source.expressions.length === 0
            ? source.quasis[0]?.value.cooked
            : undefined;
      if (!specifier) return;
      const paths = candidatePaths(specifier, importerDir, repoRoot);
      for (const rule of forbidden) {
        const { directory } = rule;
        if (directory !== undefined && paths.some((candidate) => isInside(path.join(repoRoot, directory), candidate))) {
          context.report({ node: source, messageId: "directory", data: { wing, what: rule.what ?? directory, fix: rule.fix } });
          return;
        }
        if (paths.length === 0 && matchesModule(specifier, rule)) {
          context.report({ node: source, messageId: "module", data: { wing, specifier, why: rule.why ?? "", fix: rule.fix } });
          return;
        }
      }
    };

    return {
      ImportDeclaration: (node) => check(node.source as Rule.Node),
      ExportNamedDeclaration: (node) => check(node.source as Rule.Node | null),
      ExportAllDeclaration: (node) => check(node.source as Rule.Node),
      ImportExpression: (node) => check(node.source as Rule.Node),
      // `import("../ingest/x.ts").Type` in a type position (a TypeScript node, so not in ESTree's listener types).
      TSImportType: (node: Rule.Node & { source?: Rule.Node }) => check(node.source),
    } as Rule.RuleListener;
  },
};
