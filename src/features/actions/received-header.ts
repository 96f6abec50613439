// The connecting client's IP address and HELO/EHLO name, read from a Received header's "from" clause.
// Understands the common shapes:
//   Postfix, Sendmail, Stalwart:  from helo.name (rdns.name [192.0.2.10]) by ...
//   Exim:                         from rdns.name ([192.0.2.10] helo=helo.name) by ...
//   qmail:                        from unknown (HELO helo.name) (192.0.2.10) by ...
// and IPv6 literals such as [IPv6:2001:db8::1].

export interface ReceivedHop {
  ip?: string;
  helo?: string;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

export function isIpv6(value: string): boolean {
  if (!value.includes(':') || !/^[0-9a-fA-F:.]+$/.test(value)) return false;
  const doubleColons = value.split('::').length - 1;
  if (doubleColons > 1) return false;
  const groups = value.split(':');
  const last = groups[groups.length - 1]!;
  const embedsV4 = last.includes('.');
  if (embedsV4 && !isIpv4(last)) return false;
  const hexGroups = groups.filter((g, i) => g !== '' && !(embedsV4 && i === groups.length - 1));
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = hexGroups.length + (embedsV4 ? 2 : 0);
  return doubleColons === 1 ? count < 8 : count === 8;
}

export function isIpAddress(value: string): boolean {
  return isIpv4(value) || isIpv6(value);
}

/** The text between "from" and the first top-level "by"/"with"/"id"/"for"/";", or undefined. */
function fromClause(value: string): string | undefined {
  const start = /^\s*from\s+/i.exec(value);
  if (!start) return undefined;
  let depth = 0;
  let i = start[0].length;
  for (; i < value.length; i++) {
    const c = value[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (c === ';') break;
      const rest = value.slice(i);
      if (/^\s(by|with|id|for|via)\s/i.test(rest)) break;
    }
  }
  return value.slice(start[0].length, i).trim();
}

export function parseReceived(value: string): ReceivedHop {
  const clause = fromClause(value);
  if (clause === undefined) return {};
  const hop: ReceivedHop = {};

  // An explicit HELO note wins over the first word (Exim "helo=", qmail "(HELO name)").
  const note = /\bhelo=([^\s)\]]+)/i.exec(clause) ?? /\((?:HELO|EHLO)\s+([^\s)]+)\)/i.exec(clause);
  if (note) hop.helo = note[1];
  else {
    const first = /^(\S+)/.exec(clause)?.[1];
    if (first && !first.startsWith('(')) hop.helo = first;
  }

  for (const match of clause.matchAll(/\[(?:IPv6:)?([0-9a-fA-F:.]+)\]/gi)) {
    if (isIpAddress(match[1]!)) {
      hop.ip = match[1]!;
      break;
    }
  }
  if (!hop.ip) {
    // qmail writes the address in parentheses, without brackets.
    for (const match of clause.matchAll(/\(([0-9a-fA-F:.]+)\)/g)) {
      if (isIpAddress(match[1]!)) {
        hop.ip = match[1]!;
        break;
      }
    }
  }
  if (!hop.ip && hop.helo && isIpAddress(hop.helo.replace(/^\[|\]$/g, ''))) hop.ip = hop.helo.replace(/^\[|\]$/g, '');
  return hop;
}

function isLoopback(ip: string): boolean {
  return /^127\./.test(ip) || ip === '::1';
}

/**
 * The hop that delivered the message to the receiving server: Received headers are prepended by
 * each server, so the topmost one is the last hop. Local hand-offs (no address, or loopback, as
 * after a content filter) are skipped in favour of the next header down.
 */
export function lastExternalHop(receivedValues: readonly string[]): ReceivedHop | undefined {
  for (const value of receivedValues) {
    const hop = parseReceived(value);
    if (hop.ip && !isLoopback(hop.ip)) return hop;
  }
  return undefined;
}
