/** A raw report that cannot be read; the message names the file, what is wrong and how to fix it. */
export class RawReportError extends Error {
  readonly file: string;
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "RawReportError";
    this.file = file;
    this.problem = problem;
  }
}
