import { parse } from 'tldts';
import { isIpAddress } from '../dns/dns-names';

/**
 * The registrable ("second-level") domain of a host name, as the server's spam filter reads it:
 * the public suffix (full Public Suffix List, private section included, so user.github.io stays
 * whole) plus one label. An IP, a bare suffix, a single label or a name under a suffix the list
 * does not know is returned whole.
 */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (isIpAddress(name.replace(/^\[|\]$/g, ''))) return name;
  const parsed = parse(name, { allowPrivateDomains: true, extractHostname: false, validateHostname: false });
  const knownSuffix = parsed.isIcann === true || parsed.isPrivate === true;
  return knownSuffix && parsed.domain ? parsed.domain : name;
}

/** Local part and domain of an address (split at the last `@`); domain lower case. */
export function splitAddress(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  if (at < 0) return { local: address, domain: '' };
  return { local: address.slice(0, at), domain: address.slice(at + 1).toLowerCase() };
}
