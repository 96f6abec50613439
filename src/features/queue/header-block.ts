// The header block of a stored message, read from the start of its download and no further:
// the stream is cancelled at the first empty line, so a multi-megabyte message costs a few KB.

/** Header blocks larger than this are cut (a real one is a few KB; this bounds a broken blob). */
export const MAX_HEADER_BYTES = 256 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads `body` until the empty line that ends the headers (CRLF CRLF or LF LF), then cancels
 * the reader. Answers the bytes up to and including that empty line (or all bytes read, when
 * the message ends first or MAX_HEADER_BYTES is reached).
 */
export async function readHeaderBlock(body: ReadableStream<Uint8Array>, maxBytes = MAX_HEADER_BYTES): Promise<Uint8Array> {
  const reader = body.getReader();
  let buffer: Uint8Array = new Uint8Array(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return buffer;
      const searchFrom = Math.max(0, buffer.length - 3);
      buffer = concat(buffer, value);
      const end = endOfHeaders(buffer, searchFrom);
      if (end !== -1) return buffer.slice(0, end);
      if (buffer.length >= maxBytes) return buffer.slice(0, maxBytes);
    }
  } finally {
    // Stop the download: the body after the headers is never needed here.
    void reader.cancel().catch(() => {});
  }
}

/** Index just after the empty line that ends the header block, or -1. */
export function endOfHeaders(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] !== LF) continue;
    if (bytes[i + 1] === LF) return i + 2;
    if (bytes[i + 1] === CR && bytes[i + 2] === LF) return i + 3;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
