import { isIP, isIPv4, isIPv6 } from 'node:net';

/** Lookup key for a domain name: lower case, no trailing dot (DNS names compare case-insensitively). */
export function nameKey(name: string): string {
  const trimmed = name.trim().toLowerCase();
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

/** Expands an IPv6 address into its 8 groups; undefined when it is not valid IPv6. */
export function ipv6Groups(address: string): number[] | undefined {
  if (!isIPv6(address)) return undefined;
  let text = address.toLowerCase();
  const groups: number[] = [];
  // An embedded IPv4 tail (::ffff:192.0.2.1) counts as two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail: number[] = [];
  if (v4) {
    const o = v4[1].split('.').map(Number);
    tail = [(o[0] << 8) | o[1], (o[2] << 8) | o[3]];
    text = text.slice(0, -v4[1].length);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const headGroups = parse(head);
  const restGroups = rest === undefined ? [] : parse(rest);
  const wanted = 8 - tail.length;
  if (rest === undefined) {
    groups.push(...headGroups);
  } else {
    groups.push(...headGroups, ...new Array(wanted - headGroups.length - restGroups.length).fill(0), ...restGroups);
  }
  groups.push(...tail);
  return groups.length === 8 ? groups : undefined;
}

/** Canonical text of an IP address (RFC 5952 for IPv6), so equal addresses compare equal as strings. */
export function canonicalIp(address: string): string {
  const text = address.trim();
  if (isIPv4(text)) return text.split('.').map((o) => String(Number(o))).join('.');
  const groups = ipv6Groups(text);
  if (!groups) return text;
  // Compress the longest run (length >= 2) of zero groups.
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** The reverse-lookup owner name of an IP (`4.3.2.1.in-addr.arpa`, nibble form under `ip6.arpa`). */
export function reverseLookupName(address: string): string {
  return `${reversedIp(address)}.${isIPv4(address.trim()) ? 'in-addr.arpa' : 'ip6.arpa'}`;
}

/** The IP written backwards, without the arpa suffix: `4.3.2.1`, or 32 dotted nibbles for IPv6. */
export function reversedIp(address: string): string {
  const text = address.trim();
  if (isIPv4(text)) return text.split('.').map((o) => String(Number(o))).reverse().join('.');
  const groups = ipv6Groups(text);
  if (!groups) throw new Error(`Not an IP address: ${address}`);
  const nibbles = groups.flatMap((g) => g.toString(16).padStart(4, '0').split(''));
  return nibbles.reverse().join('.');
}

/** Bytes of an IP address (4 for IPv4, 16 for IPv6). */
export function ipOctets(address: string): number[] {
  const text = address.trim();
  if (isIPv4(text)) return text.split('.').map(Number);
  const groups = ipv6Groups(text);
  if (!groups) throw new Error(`Not an IP address: ${address}`);
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

export function isIpAddress(text: string): boolean {
  return isIP(text.trim()) !== 0;
}
