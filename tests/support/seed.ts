import { fileURLToPath } from "node:url";

/**
 * The first report of the archive as it arrived (Tehran Times, 10 July 2020), byte for byte, kept with the tests
 * so they run on any checkout. Its sha256 is the one recorded in the curated article's frontmatter.
 */
export const SEED_FILE = fileURLToPath(new URL("../fixtures/seed/000_9d56d482255bdcbe.txt", import.meta.url));
