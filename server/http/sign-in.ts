// Signing in an HTTP request: the credential check, failures reported to the sign-in guard,
// and the answers the server gives: 401, 429 when a failure earns a ban (or hashing is full),
// 403 for any request from a banned IP.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthUser } from '../jmap/method-types';
import { mfaRequired, type Problem } from '../jmap/request-errors';
import { sendProblem, sendUnauthorized } from './respond';
import type { SandboxCore } from './sandbox-core';

export const tooManyAuthAttempts = (): Problem => ({
  type: 'about:blank',
  status: 429,
  title: 'Too Many Authentication Attempts',
  detail: 'Your request has been rate limited. Please try again in a few minutes.',
});

export const tooManyRequests = (): Problem => ({
  type: 'about:blank',
  status: 429,
  title: 'Too Many Requests',
  detail: 'Your request has been rate limited. Please try again in a few seconds.',
});

/** The server's bare answer to a blocked IP: the status reason as both title and detail. */
const blocked = (): Problem => ({ type: 'about:blank', status: 403, title: 'Forbidden', detail: 'Forbidden' });

/** The address failures are counted against (the sandbox trusts no forwarding headers). */
export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** Answers 403 and returns true when the request comes from a banned IP. */
export function refuseBannedClient(req: IncomingMessage, res: ServerResponse, core: Pick<SandboxCore, 'signInGuard'>): boolean {
  if (!core.signInGuard.isBanned(clientIp(req))) return false;
  sendProblem(res, blocked());
  return true;
}

/** The signed-in user, or null once the refusal has been answered. */
export async function signInRequest(req: IncomingMessage, res: ServerResponse, core: SandboxCore): Promise<AuthUser | null> {
  const result = await core.authenticator.signIn(req.headers.authorization);
  switch (result.kind) {
    case 'user':
      return result.user;
    case 'busy':
      sendProblem(res, tooManyRequests());
      return null;
    case 'mfaRequired':
      // A correct password on an account with two-factor authentication (jmap/src/api/mod.rs).
      sendProblem(res, mfaRequired());
      return null;
    case 'malformed':
      sendUnauthorized(res);
      return null;
    case 'failed': {
      if (await failureBans(req, core, result.login)) sendProblem(res, tooManyAuthAttempts());
      else sendUnauthorized(res);
      return null;
    }
  }
}

/** Counts a failed sign-in towards the ban; true when it earned one. */
export async function failureBans(req: IncomingMessage, core: Pick<SandboxCore, 'signInGuard'>, login: string | null): Promise<boolean> {
  const { banned } = await core.signInGuard.recordFailure(clientIp(req), login);
  return banned;
}
