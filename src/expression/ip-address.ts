// IP address parsing with the strictness of Rust's std parser (which the server uses):
// dotted-quad IPv4 without leading zeros, IPv6 with at most one "::" and an optional IPv4 tail.

export interface IpAddress {
  version: 4 | 6;
  bytes: number[];
}

function parseIpv4Bytes(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part[0] === '0')) return null;
    const n = Number(part);
    if (n > 255) return null;
    bytes.push(n);
  }
  return bytes;
}

function parseGroups(text: string, allowIpv4Tail: boolean): number[] | null {
  if (text === '') return [];
  const groups = text.split(':');
  const bytes: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (allowIpv4Tail && i === groups.length - 1 && group.includes('.')) {
      const v4 = parseIpv4Bytes(group);
      if (!v4) return null;
      bytes.push(...v4);
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
      const n = parseInt(group, 16);
      bytes.push(n >> 8, n & 0xff);
    }
  }
  return bytes;
}

function parseIpv6Bytes(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  if (halves.length === 1) {
    const bytes = parseGroups(text, true);
    return bytes && bytes.length === 16 ? bytes : null;
  }
  const head = parseGroups(halves[0], false);
  const tail = parseGroups(halves[1], true);
  // "::" stands for at least one zero group.
  if (!head || !tail || head.length + tail.length > 14) return null;
  return [...head, ...new Array<number>(16 - head.length - tail.length).fill(0), ...tail];
}

export function parseIpAddress(text: string): IpAddress | null {
  const v4 = parseIpv4Bytes(text);
  if (v4) return { version: 4, bytes: v4 };
  if (!text.includes(':')) return null;
  const v6 = parseIpv6Bytes(text);
  return v6 ? { version: 6, bytes: v6 } : null;
}

/** Whether `ip` falls inside `network` ("10.0.0.0/8", "2001:db8::/32", or a single address). */
export function ipInNetwork(ip: string, network: string): boolean {
  const address = parseIpAddress(ip);
  if (!address) return false;
  const slash = network.indexOf('/');
  const base = parseIpAddress(slash < 0 ? network : network.slice(0, slash));
  if (!base || base.version !== address.version) return false;
  const maxBits = address.bytes.length * 8;
  const prefixText = slash < 0 ? String(maxBits) : network.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return false;
  const prefix = Number(prefixText);
  if (prefix > maxBits) return false;
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    if ((address.bytes[bit >> 3] & mask) !== (base.bytes[bit >> 3] & mask)) return false;
  }
  return true;
}

/** Reverse DNS labels without the arpa suffix: "4.3.2.1" for 1.2.3.4, nibbles for IPv6. */
export function reverseName(ip: string): string | null {
  const address = parseIpAddress(ip);
  if (!address) return null;
  if (address.version === 4) return [...address.bytes].reverse().join('.');
  const nibbles: string[] = [];
  for (const byte of address.bytes) nibbles.push((byte >> 4).toString(16), (byte & 0xf).toString(16));
  return nibbles.reverse().join('.');
}
