// A start-up check of --upstream: one request to the server's JMAP well-known URL. Any HTTP answer
// means the server is there; a network or TLS failure becomes a warning naming the cause.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

const CHECK_TIMEOUT_MS = 5000;

/** Null when the upstream answered; otherwise a warning for the operator. */
export function checkUpstream(upstream: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<string | null> {
  const base = new URL(upstream);
  const send = base.protocol === 'https:' ? httpsRequest : httpRequest;
  const warn = (cause: string) =>
    `Warning: the upstream server ${base.origin} could not be reached (${cause}). The console will show connection errors until it can be.`;
  return new Promise((resolve) => {
    const req = send(
      { protocol: base.protocol, hostname: base.hostname, port: base.port || undefined, method: 'GET', path: '/.well-known/jmap', agent: false, timeout: timeoutMs },
      (res) => {
        res.resume();
        resolve(null);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => resolve(warn(error.code ? `${error.code}: ${error.message}` : error.message)));
    req.end();
  });
}
