import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface MeasuredRun {
  seconds: number;
  /** Highest sum of resident memory over the process and all its descendants, sampled every 50 ms. */
  peakRssMb: number;
  status: number | null;
  output: string;
}

function processTable(): Map<number, { parent: number; rssPages: number }> {
  const table = new Map<number, { parent: number; rssPages: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), { parent: Number(fields[1]), rssPages: Number(fields[21]) });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

function treeRssBytes(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += (table.get(pid)?.rssPages ?? 0) * 4096;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to the end, timing it and sampling the memory of its whole process tree (Linux /proc). */
export function runMeasured(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let output = "";
    let peak = 0;
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
    }, 50);
    child.on("error", reject);
    child.on("close", (status) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peak / 1024 / 1024, status, output });
    });
  });
}
