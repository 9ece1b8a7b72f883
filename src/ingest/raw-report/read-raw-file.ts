import { readFileSync, statSync } from "node:fs";
import { RawReportError } from "./error.ts";
import { MAX_RAW_BYTES } from "./decode.ts";

/** The bytes of a raw report file; a missing file, or one too large to be a report, is refused before reading. */
export function readRawFile(input: string): Buffer {
  let size: number;
  try {
    size = statSync(input).size;
  } catch {
    throw new RawReportError(input, "no such file; check the path");
  }
  if (size > MAX_RAW_BYTES) {
    throw new RawReportError(
      input,
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit for one report; split it into one file per report`,
    );
  }
  return readFileSync(input);
}
