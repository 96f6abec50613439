// Reads a request body up to a byte limit; past the limit it stops collecting at once. A body
// that is not complete within the time limit (stalled, or shorter than its Content-Length) is
// given up, so it cannot hold one of the user's concurrent-request slots.
import type { IncomingMessage } from 'node:http';
import type { Problem } from '../jmap/request-errors';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'tooLarge' | 'aborted' | 'timeout' };

/** The default time a request body may take to arrive. */
export const DEFAULT_BODY_TIMEOUT_MS = 5000;

export const requestTimeout = (): Problem => ({
  type: 'about:blank',
  status: 408,
  title: 'Request Timeout',
  detail: 'The request body did not arrive in time.',
});

export function readBody(req: IncomingMessage, maxBytes: number, timeoutMs = DEFAULT_BODY_TIMEOUT_MS): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, reason: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    // When the timer fires after a stalled event loop, data may already be waiting: the poll phase
    // reads it before setImmediate runs, so only a body that truly has not arrived times out.
    const timer = setTimeout(() => setImmediate(() => finish({ ok: false, reason: 'timeout' })), timeoutMs);
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        finish({ ok: false, reason: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks) });
    const onError = () => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * After answering a request whose body was refused: close the connection, discarding (never
 * buffering) what the client still sends for a moment so it can read the answer.
 */
export function discardRestAndClose(req: IncomingMessage): void {
  req.on('data', () => undefined);
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), 2000);
  timer.unref();
  req.on('end', () => clearTimeout(timer));
}
