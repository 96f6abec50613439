// The JMAP session (RFC 8620 §2): fetched once, checked, and reduced to what the client needs.

import { z } from 'zod';
import type { Credentials } from './credentials';
import type { InvalidResponseError, TransportError } from './errors';
import { getJson, malformed } from './get-json';
import type { FetchLike } from './http';
import { err, ok, type Result } from './result';
import { rebaseOnServer } from './urls';

export const CORE_CAPABILITY = 'urn:ietf:params:jmap:core';
export const STALWART_CAPABILITY = 'urn:stalwart:jmap';

const limit = z.number().int().min(0);

const coreCapabilitySchema = z.object({
  maxSizeUpload: limit,
  maxConcurrentUpload: limit,
  maxSizeRequest: limit,
  maxConcurrentRequests: limit,
  maxCallsInRequest: limit,
  maxObjectsInGet: limit,
  maxObjectsInSet: limit,
  collationAlgorithms: z.array(z.string()),
});

const accountSchema = z.object({
  name: z.string(),
  isPersonal: z.boolean(),
  isReadOnly: z.boolean(),
  accountCapabilities: z.record(z.string(), z.unknown()),
});

export const sessionSchema = z.object({
  capabilities: z.looseObject({ [CORE_CAPABILITY]: coreCapabilitySchema }),
  accounts: z.record(z.string(), accountSchema),
  primaryAccounts: z.record(z.string(), z.string()),
  username: z.string(),
  apiUrl: z.string().min(1),
  downloadUrl: z.string(),
  uploadUrl: z.string(),
  eventSourceUrl: z.string(),
  state: z.string(),
});

export type SessionWire = z.infer<typeof sessionSchema>;
export type CoreLimits = z.infer<typeof coreCapabilitySchema>;

export interface Session {
  wire: SessionWire;
  limits: CoreLimits;
  /** Account used for every `x:` call. */
  accountId: string;
  /** Absolute URL to POST JMAP requests to. */
  apiUrl: string;
  username: string;
  state: string;
}

export interface SessionSource {
  serverUrl: string;
  credentials: Credentials;
  fetch: FetchLike;
}

export async function fetchSession(source: SessionSource): Promise<Result<Session, TransportError>> {
  const body = await getJson(source, '/jmap/session');
  if (!body.ok) return body;
  return parseSession(body.value, source.serverUrl);
}

export function parseSession(body: unknown, serverUrl: string): Result<Session, InvalidResponseError> {
  const parsed = sessionSchema.safeParse(body);
  if (!parsed.success) return err(malformed('The JMAP session is malformed', parsed.error));
  const wire = parsed.data;
  // A real server lists urn:stalwart:jmap per account (primaryAccounts, accountCapabilities), never
  // among the session's own capabilities.
  if (!(STALWART_CAPABILITY in wire.primaryAccounts)) {
    return err({
      kind: 'invalidResponse',
      message: `The server does not offer ${STALWART_CAPABILITY}; it is not a Stalwart 0.16 server`,
    });
  }
  const accountId = resolveAccountId(wire);
  if (accountId === undefined) {
    return err({ kind: 'invalidResponse', message: 'The session lists no account' });
  }
  let apiUrl: string;
  try {
    apiUrl = rebaseOnServer(wire.apiUrl, serverUrl);
  } catch {
    return err({ kind: 'invalidResponse', message: `The session's apiUrl "${wire.apiUrl}" is not usable` });
  }
  return ok({
    wire,
    limits: wire.capabilities[CORE_CAPABILITY],
    accountId,
    apiUrl,
    username: wire.username,
    state: wire.state,
  });
}

/** The account of the management objects: primary Stalwart account, primary core account, any primary account, any account. */
export function resolveAccountId(
  wire: Pick<SessionWire, 'primaryAccounts' | 'accounts'>,
): string | undefined {
  return (
    wire.primaryAccounts[STALWART_CAPABILITY] ??
    wire.primaryAccounts[CORE_CAPABILITY] ??
    Object.values(wire.primaryAccounts)[0] ??
    Object.keys(wire.accounts)[0]
  );
}
