// The RFC 8620 Session object, with URLs built from the request's own origin.
import type { IncomingMessage } from 'node:http';
import { createHash } from 'node:crypto';
import { BLOB, CORE, IMPLEMENTED_CAPABILITIES, STALWART } from '../jmap/capabilities';
import type { AuthUser, CoreLimits, JsonObject } from '../jmap/method-types';

export function requestOrigin(req: IncomingMessage, fallbackHost: string): string {
  const host = typeof req.headers.host === 'string' && /^[A-Za-z0-9.\-:[\]]+$/.test(req.headers.host) ? req.headers.host : fallbackHost;
  return `http://${host}`;
}

/** A stable hex u32 per principal, as Stalwart reports it. */
export function sessionState(user: AuthUser): string {
  return createHash('sha256').update(`${user.username}\0${user.accountId}`).digest().readUInt32BE(0).toString(16);
}

export function buildSession(user: AuthUser, limits: CoreLimits, origin: string): JsonObject {
  const accountCapabilities = Object.fromEntries(IMPLEMENTED_CAPABILITIES.map((c) => [c, {}]));
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
      [STALWART]: {},
      [BLOB]: {},
    },
    accounts: {
      [user.accountId]: { name: user.username, isPersonal: true, isReadOnly: false, accountCapabilities },
    },
    primaryAccounts: Object.fromEntries(IMPLEMENTED_CAPABILITIES.map((c) => [c, user.accountId])),
    username: user.username,
    apiUrl: `${origin}/jmap/`,
    downloadUrl: `${origin}/jmap/download/{accountId}/{blobId}/{name}?accept={type}`,
    uploadUrl: `${origin}/jmap/upload/{accountId}/`,
    eventSourceUrl: `${origin}/jmap/eventsource/?types={types}&closeafter={closeafter}&ping={ping}`,
    state: sessionState(user),
  };
}
