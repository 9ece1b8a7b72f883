/**
 * A worker thread for the priority test: lowers itself as the indexing thread does, then reports its own nice value
 * and that of a process it starts.
 */
import { spawnSync } from "node:child_process";
import { getPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { yieldToRendering } from "../../src/site/search/pagefind-feed.ts";

const lowered = yieldToRendering();
const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(require('node:os').getPriority()))"], { encoding: "utf8" });
parentPort!.postMessage({ lowered, own: getPriority(), child: Number(child.stdout) });
