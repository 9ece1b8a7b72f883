import { existsSync } from "node:fs";

/** Flags for a headless Chromium in a sandboxed, offline machine (no GPU, no background traffic). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * Finds the Chromium the browser tests drive: `CHROMIUM_PATH` if set, else a system Chromium.
 * Playwright's own browser download is not used, so the tests run where downloads are impossible.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(
      `CHROMIUM_PATH=${chosen} does not exist. Point it at a Chromium or Chrome executable, or unset it to use /usr/bin/chromium.`,
    );
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) " +
      "or set CHROMIUM_PATH to the path of a Chromium or Chrome executable.",
  );
}
