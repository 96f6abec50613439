// The RFC 8620 Session object, with URLs built from the request's own origin.
import type { IncomingMessage } from 'node:http';
import { createHash } from 'node:crypto';
import { ACCOUNT_CAPABILITIES, BLOB, CORE } from '../jmap/capabilities';
import type { AuthUser, CoreLimits, JsonObject } from '../jmap/method-types';

export function requestOrigin(req: IncomingMessage, fallbackHost: string): string {
  const host = typeof req.headers.host === 'string' && /^[A-Za-z0-9.\-:[\]]+$/.test(req.headers.host) ? req.headers.host : fallbackHost;
  return `http://${host}`;
}

/** A stable hex u32 per principal, as Stalwart reports it. */
export function sessionState(user: AuthUser): string {
  return createHash('sha256').update(`${user.username}\0${user.accountId}`).digest().readUInt32BE(0).toString(16);
}

/** The session of a signed-in user, or (user null) the anonymous one a request without credentials gets. */
export function buildSession(user: AuthUser | null, limits: CoreLimits, origin: string): JsonObject {
  const accountCapabilities = Object.fromEntries(ACCOUNT_CAPABILITIES.map((c) => [c, {}]));
  return {
    capabilities: {
      [CORE]: {
        maxSizeUpload: limits.maxSizeUpload,
        maxConcurrentUpload: limits.maxConcurrentUpload,
        maxSizeRequest: limits.maxSizeRequest,
        maxConcurrentRequests: limits.maxConcurrentRequests,
        maxCallsInRequest: limits.maxCallsInRequest,
        maxObjectsInGet: limits.maxObjectsInGet,
        maxObjectsInSet: limits.maxObjectsInSet,
        collationAlgorithms: ['i;ascii-numeric', 'i;ascii-casemap', 'i;unicode-casemap'],
      },
      [BLOB]: {},
    },
    accounts: user ? { [user.accountId]: { name: user.username, isPersonal: true, isReadOnly: false, accountCapabilities } } : {},
    primaryAccounts: user ? Object.fromEntries(ACCOUNT_CAPABILITIES.map((c) => [c, user.accountId])) : {},
    username: user?.username ?? '',
    apiUrl: `${origin}/jmap/`,
    downloadUrl: `${origin}/jmap/download/{accountId}/{blobId}/{name}?accept={type}`,
    uploadUrl: `${origin}/jmap/upload/{accountId}/`,
    eventSourceUrl: `${origin}/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}`,
    state: user ? sessionState(user) : '0',
  };
}
