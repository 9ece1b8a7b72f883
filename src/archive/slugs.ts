/**
 * An article's id is its file name without folders or extension, so that
 * `content/articles/2020/<slug>.mdx` is served at `/articles/<slug>/` whatever year folder it sits in.
 */
export function articleIdFromPath(entryPath: string): string {
  const file = entryPath.split("/").pop() ?? entryPath;
  return file.replace(/\.mdx?$/i, "");
}

/** A URL- and file-safe slug: lower case ASCII words joined by hyphens, at most `maxLength` characters. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, "");
}
