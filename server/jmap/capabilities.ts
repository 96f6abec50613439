// Capability URIs: those the sandbox implements, and the other Stalwart ones it accepts in `using`.
export const CORE = 'urn:ietf:params:jmap:core';
export const STALWART = 'urn:stalwart:jmap';
export const BLOB = 'urn:ietf:params:jmap:blob';

/** Implemented by the sandbox (accepted in `using`). */
export const IMPLEMENTED_CAPABILITIES = [CORE, STALWART, BLOB] as const;
/**
 * In each account's `accountCapabilities` and in `primaryAccounts`, never core. A real server lists
 * urn:stalwart:jmap only there, not in the session's own `capabilities`.
 */
export const ACCOUNT_CAPABILITIES = [STALWART, BLOB] as const;

// Clients modelled on Stalwart's web UI send all of these; a real Stalwart knows them, so they
// must not cause unknownCapability, though the sandbox has no methods for them (unknownMethod).
const KNOWN_ELSEWHERE = [
  'urn:ietf:params:jmap:mail',
  'urn:ietf:params:jmap:submission',
  'urn:ietf:params:jmap:vacationresponse',
  'urn:ietf:params:jmap:quota',
  'urn:ietf:params:jmap:calendars',
  'urn:ietf:params:jmap:contacts',
  'urn:ietf:params:jmap:principals',
  'urn:ietf:params:jmap:sieve',
  'urn:ietf:params:jmap:websocket',
];

export function isKnownCapability(uri: string): boolean {
  return (IMPLEMENTED_CAPABILITIES as readonly string[]).includes(uri) || KNOWN_ELSEWHERE.includes(uri);
}
