import { isIPv6 } from 'node:net';
import type { DnsResolver } from '../dns/dns-resolver';
import { isNotFound } from '../dns/dns-resolver';
import { canonicalIp, reverseLookupName } from '../dns/dns-names';
import { authResult, type AuthResult } from './auth-result';

/** At most this many PTR names are confirmed forward (RFC 8601 leaves the limit to the verifier). */
const MAX_PTR_NAMES = 10;

export interface IprevOutcome {
  result: AuthResult;
  /** PTR names as returned, without trailing dots. */
  ptr: string[];
}

/** Forward-confirmed reverse DNS (RFC 8601 section 3): some PTR name must resolve back to the IP. */
export async function checkIprev(ip: string, resolver: DnsResolver): Promise<IprevOutcome> {
  let ptr: string[];
  try {
    ptr = ((await resolver(reverseLookupName(ip), 'PTR')) as string[]).map((name) => name.replace(/\.$/, ''));
  } catch (error) {
    return isNotFound(error)
      ? { result: authResult('PermError', `no PTR record for ${ip}`), ptr: [] }
      : { result: authResult('TempError', `PTR lookup for ${ip} failed: ${errorText(error)}`), ptr: [] };
  }
  if (ptr.length === 0) return { result: authResult('PermError', `no PTR record for ${ip}`), ptr };

  const wanted = canonicalIp(ip);
  const rrtype = isIPv6(ip) ? 'AAAA' : 'A';
  let tempFailure: string | undefined;
  for (const name of ptr.slice(0, MAX_PTR_NAMES)) {
    try {
      const addresses = (await resolver(name, rrtype)) as string[];
      if (addresses.some((address) => canonicalIp(address) === wanted)) {
        return { result: authResult('Pass'), ptr };
      }
    } catch (error) {
      if (!isNotFound(error)) tempFailure = `${rrtype} lookup for ${name} failed: ${errorText(error)}`;
    }
  }
  if (tempFailure) return { result: authResult('TempError', tempFailure), ptr };
  return {
    result: authResult('Fail', `${ip} has PTR ${ptr.join(', ')} but no ${rrtype} record of those names points back to it`),
    ptr,
  };
}

function errorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
