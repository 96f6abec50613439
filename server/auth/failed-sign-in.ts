// The one place a failed sign-in is reported, so that throttling and bans can hook in here.
import type { IncomingMessage } from 'node:http';

export interface FailedSignIn {
  remoteIp: string;
  login: string;
  /** Where it failed, e.g. "/api/auth". */
  via: string;
}

export function remoteIpOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export function recordFailedSignIn(log: (message: string) => void, failure: FailedSignIn): void {
  log(`Failed sign-in for "${failure.login}" from ${failure.remoteIp} (${failure.via})`);
}
