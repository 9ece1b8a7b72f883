import { RawReportError } from "./error.ts";

/** A wire report is a few kilobytes; anything this large is the wrong file, and is refused before decoding. */
export const MAX_RAW_BYTES = 5 * 1024 * 1024;

/** Share of control bytes above which a file without NUL bytes is still taken for binary data. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Turns the bytes of a raw report into text, refusing what is not a UTF-8 text file.
 * A leading byte-order mark is dropped by the decoder.
 */
export function decodeRawBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_RAW_BYTES) {
    throw new RawReportError(
      file,
      `the file is ${bytes.length} bytes, over the ${MAX_RAW_BYTES}-byte (5 MB) limit for one raw report; a wire report is a few kilobytes, so check that this is the right file, or split it into one report per file`,
    );
  }
  const binary = binaryEvidence(bytes);
  if (binary !== null) {
    throw new RawReportError(
      file,
      `the file looks like binary data, not text (${binary}); a raw report is a plain UTF-8 text file, so check that this is the right file`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new RawReportError(
      file,
      `${describeInvalidUtf8(bytes)}; re-save the file as UTF-8, e.g. with "iconv -f WINDOWS-1256 -t UTF-8" for an Arabic-script Windows export`,
    );
  }
}

function binaryEvidence(bytes: Uint8Array): string | null {
  const nulOffset = bytes.indexOf(0);
  if (nulOffset !== -1) return `it has a NUL byte at offset ${nulOffset}`;
  const controlBytes = bytes.reduce((count, byte) => count + (isControlByte(byte) ? 1 : 0), 0);
  const share = bytes.length === 0 ? 0 : controlBytes / bytes.length;
  return share > MAX_CONTROL_SHARE ? `${Math.round(share * 100)}% of its bytes are control characters` : null;
}

function isControlByte(byte: number): boolean {
  const isTextWhitespace = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
  return (byte < 0x20 && !isTextWhitespace) || byte === 0x7f;
}

function describeInvalidUtf8(bytes: Uint8Array): string {
  const offset = firstInvalidUtf8Offset(bytes);
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  const line = bytes.subarray(0, offset).reduce((count, b) => count + (b === 0x0a ? 1 : 0), 1);
  return `the file is not valid UTF-8: byte 0x${byte} at offset ${offset} (line ${line}) does not start a valid UTF-8 character`;
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence, or the length if all do. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0;
  while (offset < bytes.length) {
    const length = sequenceLength(bytes[offset] ?? 0);
    const sequence = bytes.subarray(offset, offset + length);
    if (length === 0 || sequence.length < length) return offset;
    try {
      decoder.decode(sequence);
    } catch {
      return offset;
    }
    offset += length;
  }
  return offset;
}

function sequenceLength(leadByte: number): number {
  if (leadByte < 0x80) return 1;
  if (leadByte >= 0xc2 && leadByte <= 0xdf) return 2;
  if (leadByte >= 0xe0 && leadByte <= 0xef) return 3;
  if (leadByte >= 0xf0 && leadByte <= 0xf4) return 4;
  return 0;
}
