/** The archive's name: page titles, the header, the feed, structured data and citations of archived copies. */
export const SITE_NAME = "Dossier";

export interface SiteConfig {
  /** Origin the site is served from, without a trailing slash. */
  site: string;
  /** Folder the site is served from, with leading and trailing slashes. */
  base: string;
  /** The content folder this build reads. */
  contentDir: string;
  /** Base paths of sibling shards whose search indexes the search page merges. */
  searchShards: string[];
  /** Seconds a build waits for an ingest writing the content folder before it fails. */
  lockTimeoutS: number;
}

function folder(value: string, variable: string): string {
  if (/[?#\s]/.test(value)) throw new Error(`${variable}="${value}" must be a plain folder path; set it like ${variable}=/archive/`);
  return `/${value.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

/**
 * Reads the build's settings from the environment: `SITE_URL` (origin, default http://localhost:4321),
 * `BASE_PATH` (folder, default /), `CONTENT_DIR` (default content) and `SEARCH_SHARDS` (comma-separated base
 * paths of sibling builds to search together, for an archive split into shards), `LOCK_TIMEOUT` (seconds to wait
 * for an ingest writing the content folder, default 60).
 */
export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = env.SITE_URL?.trim() || "http://localhost:4321";
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL="${site}" is not an absolute URL; set it like SITE_URL=https://archive.example.org`);
  }
  const base = folder(env.BASE_PATH?.trim() || "/", "BASE_PATH");
  const searchShards = (env.SEARCH_SHARDS ?? "")
    .split(",")
    .map((shard) => shard.trim())
    .filter((shard) => shard.length > 0)
    .map((shard) => folder(shard, "SEARCH_SHARDS"))
    .filter((shard) => shard !== base);
  const lockTimeout = env.LOCK_TIMEOUT?.trim() || "60";
  if (!/^\d+(\.\d+)?$/.test(lockTimeout))
    throw new Error(`LOCK_TIMEOUT="${lockTimeout}" is not a number of seconds; set it like LOCK_TIMEOUT=120`);
  return {
    site: site.replace(/\/+$/, ""),
    base,
    contentDir: env.CONTENT_DIR?.trim() || "content",
    searchShards,
    lockTimeoutS: Number(lockTimeout),
  };
}
