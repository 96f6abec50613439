import { isIPv4, isIPv6 } from 'node:net';
import { canonicalIp } from './dns-names';
import {
  ZONE_CLASSES,
  ZONE_RECORD_TYPES,
  ZoneParseError,
  type ZoneClass,
  type ZoneRecord,
  type ZoneRecordType,
} from './zone-record';
import { tokenizeZone, type ZoneToken } from './zone-tokenizer';
import { looksLikeTtl, parseTtl } from './zone-ttl';

export interface ZoneParseOptions {
  /** Origin before any `$ORIGIN` (BIND takes it from the zone statement). */
  origin?: string;
  /** Shown in error messages. */
  fileName?: string;
}

type RecordData = DistributiveOmit<ZoneRecord, 'name' | 'ttl' | 'class' | 'source'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Parses a master file (RFC 1035 section 5, as BIND reads it) into records.
 * Throws ZoneParseError naming the line of the first problem.
 */
export function parseZone(text: string, options: ZoneParseOptions = {}): ZoneRecord[] {
  const file = options.fileName;
  const fail = (reason: string, line: number): never => {
    throw new ZoneParseError(reason, line, file);
  };
  let origin =
    options.origin === undefined ? undefined : absoluteName(options.origin.replace(/\.?$/, '.'), undefined, 0, fail);
  let defaultTtl: number | undefined;
  let lastTtl: number | undefined;
  let soaMinimum: number | undefined;
  let lastOwner: string | undefined;
  let lastClass: ZoneClass = 'IN';
  const records: ZoneRecord[] = [];

  for (const entry of tokenizeZone(text, file)) {
    const tokens = [...entry.tokens];
    const first = tokens[0];

    if (!entry.ownerOmitted && !first.quoted && first.text.startsWith('$')) {
      const directive = first.text.toUpperCase();
      const args = tokens.slice(1);
      if (directive === '$ORIGIN') {
        if (args.length !== 1) fail('$ORIGIN takes exactly one domain name', entry.line);
        origin = absoluteName(args[0].text, origin, entry.line, fail);
      } else if (directive === '$TTL') {
        if (args.length !== 1) fail('$TTL takes exactly one TTL value', entry.line);
        const ttl = parseTtl(args[0].text);
        if (ttl === undefined) fail(`invalid TTL '${args[0].text}'`, entry.line);
        defaultTtl = ttl;
      } else if (directive === '$INCLUDE' || directive === '$GENERATE') {
        fail(`${directive} is not supported; load each zone file separately`, entry.line);
      } else {
        fail(`unknown directive '${first.text}'`, entry.line);
      }
      continue;
    }

    let owner: string;
    if (entry.ownerOmitted) {
      if (lastOwner === undefined) fail('record has no owner name and there is no previous owner', entry.line);
      owner = lastOwner!;
    } else {
      const ownerToken = tokens.shift()!;
      if (ownerToken.quoted) fail('owner name cannot be a quoted string', entry.line);
      owner = absoluteName(ownerToken.text, origin, entry.line, fail);
    }

    // TTL and class are both optional and may come in either order (RFC 1035 section 5.1).
    let ttl: number | undefined;
    let recordClass: ZoneClass | undefined;
    let type: ZoneRecordType | undefined;
    while (tokens.length > 0 && type === undefined) {
      const token = tokens.shift()!;
      const upper = token.text.toUpperCase();
      if (token.quoted) fail(`expected a record type, found a quoted string`, token.line);
      if (looksLikeTtl(token.text)) {
        if (ttl !== undefined) fail(`TTL given twice ('${token.text}')`, token.line);
        ttl = parseTtl(token.text);
        if (ttl === undefined) fail(`TTL '${token.text}' is out of range`, token.line);
      } else if ((ZONE_CLASSES as readonly string[]).includes(upper)) {
        if (recordClass !== undefined) fail(`class given twice ('${token.text}')`, token.line);
        recordClass = upper as ZoneClass;
      } else if ((ZONE_RECORD_TYPES as readonly string[]).includes(upper)) {
        type = upper as ZoneRecordType;
      } else if (/^[A-Z][A-Z0-9-]*$/.test(upper)) {
        fail(`unsupported record type '${token.text}' (supported: ${ZONE_RECORD_TYPES.join(', ')})`, token.line);
      } else {
        fail(`expected a TTL, class or record type, found '${token.text}'`, token.line);
      }
    }
    if (type === undefined) fail('record type is missing', entry.line);

    const data = parseRecordData(type!, tokens, origin, entry.line, fail);
    if (data.type === 'SOA') soaMinimum = data.minimum;
    if (ttl !== undefined) lastTtl = ttl;
    const effectiveTtl = ttl ?? defaultTtl ?? lastTtl ?? soaMinimum;
    if (effectiveTtl === undefined) fail('no TTL given and no $TTL set before this record', entry.line);

    recordClass = recordClass ?? lastClass;
    lastClass = recordClass;
    lastOwner = owner;
    records.push({
      ...data,
      name: owner,
      ttl: effectiveTtl!,
      class: recordClass,
      source: { file, line: entry.line },
    } as ZoneRecord);
  }

  checkCnameExclusive(records, fail);
  return records;
}

function parseRecordData(
  type: ZoneRecordType,
  tokens: ZoneToken[],
  origin: string | undefined,
  line: number,
  fail: (reason: string, line: number) => never,
): RecordData {
  const expect = (count: number) => {
    if (tokens.length !== count) {
      fail(`${type} record expects ${count} field${count === 1 ? '' : 's'}, found ${tokens.length}`, line);
    }
    for (const token of tokens) if (token.quoted) fail(`${type} record fields cannot be quoted strings`, token.line);
  };
  const name = (token: ZoneToken) => absoluteName(token.text, origin, token.line, fail);
  const integer = (token: ZoneToken, label: string, max: number) => {
    if (!/^\d+$/.test(token.text) || Number(token.text) > max) {
      fail(`invalid ${label} '${token.text}' (expected an integer 0-${max})`, token.line);
    }
    return Number(token.text);
  };
  const ttlField = (token: ZoneToken, label: string) => {
    const value = parseTtl(token.text);
    if (value === undefined) fail(`invalid ${label} '${token.text}'`, token.line);
    return value!;
  };

  switch (type) {
    case 'A':
      expect(1);
      if (!isIPv4(tokens[0].text)) fail(`invalid IPv4 address '${tokens[0].text}'`, tokens[0].line);
      return { type, address: canonicalIp(tokens[0].text) };
    case 'AAAA':
      expect(1);
      if (!isIPv6(tokens[0].text)) fail(`invalid IPv6 address '${tokens[0].text}'`, tokens[0].line);
      return { type, address: canonicalIp(tokens[0].text) };
    case 'MX':
      expect(2);
      return { type, priority: integer(tokens[0], 'MX preference', 65535), exchange: name(tokens[1]) };
    case 'TXT': {
      if (tokens.length === 0) fail('TXT record needs at least one character string', line);
      for (const token of tokens) {
        if (token.bytes.length > 255) {
          fail(`TXT character string is ${token.bytes.length} bytes; split it into quoted strings of at most 255`, token.line);
        }
      }
      return { type, strings: tokens.map((t) => t.text) };
    }
    case 'PTR':
    case 'CNAME':
    case 'NS':
      expect(1);
      return { type, target: name(tokens[0]) };
    case 'TLSA': {
      // RFC 6698 §2.2: usage, selector, matching type, then the association data in hex (may be split).
      if (tokens.length < 4) fail(`TLSA record expects usage, selector, matching type and data, found ${tokens.length} fields`, line);
      const data = tokens.slice(3).map((t) => t.text).join('').toLowerCase();
      if (!/^([0-9a-f]{2})+$/.test(data)) fail('TLSA association data must be hexadecimal (an even number of digits)', tokens[3].line);
      return {
        type,
        usage: integer(tokens[0], 'TLSA usage', 255),
        selector: integer(tokens[1], 'TLSA selector', 255),
        matchingType: integer(tokens[2], 'TLSA matching type', 255),
        data,
      };
    }
    case 'SOA':
      expect(7);
      return {
        type,
        mname: name(tokens[0]),
        rname: name(tokens[1]),
        serial: integer(tokens[2], 'SOA serial', 4294967295),
        refresh: ttlField(tokens[3], 'SOA refresh'),
        retry: ttlField(tokens[4], 'SOA retry'),
        expire: ttlField(tokens[5], 'SOA expire'),
        minimum: ttlField(tokens[6], 'SOA minimum'),
      };
  }
}

/** Makes a name absolute (lower case, trailing dot): `@` is the origin, relative names get the origin appended. */
function absoluteName(
  text: string,
  origin: string | undefined,
  line: number,
  fail: (reason: string, line: number) => never,
): string {
  let full: string;
  if (text === '@') {
    if (origin === undefined) fail("'@' used but no origin is set (add $ORIGIN)", line);
    full = origin!;
  } else if (text.endsWith('.')) {
    full = text;
  } else {
    if (origin === undefined) fail(`relative name '${text}' used but no origin is set (add $ORIGIN)`, line);
    full = origin === '.' ? `${text}.` : `${text}.${origin}`;
  }
  full = full.toLowerCase();
  if (full === '.') return full;
  const labels = full.slice(0, -1).split('.');
  if (labels.some((label) => label.length === 0)) fail(`empty label in name '${text}'`, line);
  const tooLong = labels.find((label) => Buffer.byteLength(label) > 63);
  if (tooLong) fail(`label '${tooLong}' is longer than 63 bytes`, line);
  if (Buffer.byteLength(full) > 254) fail(`name '${text}' is longer than 255 bytes`, line);
  return full;
}

/** A CNAME owner may hold no other data (RFC 1034 section 3.6.2). */
function checkCnameExclusive(records: ZoneRecord[], fail: (reason: string, line: number) => never) {
  const byName = new Map<string, ZoneRecord[]>();
  for (const record of records) {
    const list = byName.get(record.name) ?? [];
    list.push(record);
    byName.set(record.name, list);
  }
  for (const [owner, list] of byName) {
    const cnames = list.filter((r) => r.type === 'CNAME');
    if (cnames.length === 0) continue;
    if (cnames.length > 1) fail(`more than one CNAME for ${owner}`, cnames[1].source.line);
    if (list.length > 1) fail(`CNAME and other data for ${owner}`, cnames[0].source.line);
  }
}
