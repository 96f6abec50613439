import { isIpAddress } from '../dns/dns-names';

/**
 * Second-level public suffixes common in mail. Registrable domains are approximated with these plus
 * the last two labels; the full Public Suffix List is not a dependency of the project.
 */
const MULTI_LABEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au',
  'co.nz', 'org.nz', 'net.nz', 'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp',
  'com.br', 'net.br', 'org.br', 'com.cn', 'net.cn', 'org.cn', 'com.mx', 'com.ar', 'com.tr',
  'co.in', 'net.in', 'org.in', 'co.za', 'co.kr', 'or.kr', 'com.sg', 'com.hk', 'com.tw', 'com.my',
  'co.il', 'co.id', 'com.ua', 'com.pl', 'co.th', 'com.vn', 'com.ph', 'com.pe', 'com.co',
]);

/** The registrable ("second-level") domain of a host name; an IP or single label is returned as is. */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (isIpAddress(name.replace(/^\[|\]$/g, ''))) return name;
  const labels = name.split('.');
  if (labels.length <= 2) return name;
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** Local part and domain of an address (split at the last `@`); domain lower case. */
export function splitAddress(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  if (at < 0) return { local: address, domain: '' };
  return { local: address.slice(0, at), domain: address.slice(at + 1).toLowerCase() };
}
