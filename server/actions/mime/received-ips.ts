import { isIPv4, isIPv6 } from 'node:net';
import { canonicalIp } from '../dns/dns-names';

const BRACKETED = /\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]/g;
const DOTTED_QUAD = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/g;

/** IP addresses a Received header names (`[192.0.2.1]`, `(IPv6:2001:db8::1)`, bare dotted quads). */
export function ipsInReceived(value: string): string[] {
  const found: string[] = [];
  for (const [, candidate] of value.matchAll(BRACKETED)) {
    if (isIPv4(candidate) || isIPv6(candidate)) found.push(canonicalIp(candidate));
  }
  for (const [, candidate] of value.matchAll(DOTTED_QUAD)) {
    if (isIPv4(candidate)) found.push(canonicalIp(candidate));
  }
  for (const [, candidate] of value.matchAll(/IPv6:([0-9A-Fa-f:.]+)/g)) {
    if (isIPv6(candidate)) found.push(canonicalIp(candidate));
  }
  return [...new Set(found)];
}
