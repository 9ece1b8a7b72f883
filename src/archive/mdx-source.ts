/** A YAML (`---`) or TOML (`+++`) block at the top of the file, as Astro's MDX integration finds it. */
const FRONTMATTER = /^(?:\uFEFF?|\s*\n)(---|\+\+\+)([\s\S]*?\n)\1/;

export interface MdxSource {
  /** The fence of the frontmatter block, if the file has one. */
  fence?: "---" | "+++";
  /** The text between the fences. */
  frontmatter: string;
  /** The text after the frontmatter, trimmed, as Astro's content collections give an entry's body. */
  body: string;
}

/** Splits an `.mdx` file into its frontmatter and its body. */
export function splitMdxSource(source: string): MdxSource {
  const match = FRONTMATTER.exec(source);
  if (!match) return { frontmatter: "", body: source.trim() };
  return { fence: match[1] as MdxSource["fence"], frontmatter: match[2]!, body: source.slice(match[0].length).trim() };
}

/** The body of an `.mdx` file: the text after the frontmatter, trimmed. */
export function mdxBody(source: string): string {
  return splitMdxSource(source).body;
}
