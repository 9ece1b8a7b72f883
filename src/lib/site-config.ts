/**
 * Reads where the site will be deployed from the environment: `SITE_URL` (origin, default
 * http://localhost:4321) and `BASE_PATH` (folder, default /). Both feed canonical URLs, links and search.
 */
export function siteConfig(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = env.SITE_URL?.trim() || "http://localhost:4321";
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL="${site}" is not an absolute URL; set it like SITE_URL=https://archive.example.org`);
  }
  const rawBase = env.BASE_PATH?.trim() || "/";
  if (/[?#\s]/.test(rawBase)) {
    throw new Error(`BASE_PATH="${rawBase}" must be a plain folder path; set it like BASE_PATH=/archive/`);
  }
  const base = `/${rawBase.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  return { site: site.replace(/\/+$/, ""), base };
}
