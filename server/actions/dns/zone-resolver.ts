import { NODE_RRTYPES, dnsError, type DnsAnswer, type DnsResolver } from './dns-resolver';
import { nameKey } from './dns-names';
import type { ZoneRecord } from './zone-record';

/** CNAME chains longer than this are treated as a loop. */
const MAX_CNAME_HOPS = 8;

/**
 * A resolver answering from loaded zone records (several zones may be merged).
 * It follows CNAMEs and wildcards the way a recursive resolver's answer would look to the caller.
 */
export function createZoneResolver(records: readonly ZoneRecord[]): DnsResolver {
  const byName = new Map<string, ZoneRecord[]>();
  const existing = new Set<string>();
  for (const record of records) {
    if (record.class !== 'IN') continue;
    const key = nameKey(record.name);
    const list = byName.get(key) ?? [];
    list.push(record);
    byName.set(key, list);
    // Ancestors exist too (empty non-terminals answer NODATA, not NXDOMAIN).
    const labels = key.split('.');
    for (let i = 0; i < labels.length; i++) existing.add(labels.slice(i).join('.'));
  }

  const recordsAt = (key: string): ZoneRecord[] | undefined => {
    if (existing.has(key)) return byName.get(key) ?? [];
    // Wildcard synthesis from the closest encloser (RFC 4592).
    const labels = key.split('.');
    for (let i = 1; i < labels.length; i++) {
      const encloser = labels.slice(i).join('.');
      if (existing.has(encloser)) return byName.get(`*.${encloser}`);
    }
    return undefined;
  };

  return async (name: string, rrtype = 'A'): Promise<DnsAnswer> => {
    const type = String(rrtype).toUpperCase();
    if (!(NODE_RRTYPES as readonly string[]).includes(type)) {
      throw Object.assign(new TypeError(`The argument 'rrtype' is invalid. Received '${rrtype}'`), {
        code: 'ERR_INVALID_ARG_VALUE',
      });
    }
    let key = nameKey(name);
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      const found = recordsAt(key);
      if (found === undefined) throw dnsError('ENOTFOUND', type, name);
      const cname = found.find((r) => r.type === 'CNAME');
      if (cname && cname.type === 'CNAME' && type !== 'CNAME') {
        key = nameKey(cname.target);
        continue;
      }
      const matching = found.filter((r) => r.type === type);
      if (matching.length === 0) throw dnsError('ENODATA', type, name);
      return toAnswer(type, matching);
    }
    throw dnsError('ESERVFAIL', type, name);
  };
}

function toAnswer(type: string, records: ZoneRecord[]): DnsAnswer {
  switch (type) {
    case 'TXT':
      return records.flatMap((r) => (r.type === 'TXT' ? [r.strings] : []));
    case 'MX':
      return records.flatMap((r) => (r.type === 'MX' ? [{ exchange: nameKey(r.exchange), priority: r.priority }] : []));
    case 'TLSA':
      return records.flatMap((r) => {
        if (r.type !== 'TLSA') return [];
        const bytes = Buffer.from(r.data, 'hex');
        const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        return [{ certUsage: r.usage, selector: r.selector, match: r.matchingType, data }];
      });
    case 'SOA': {
      const soa = records[0];
      if (soa.type !== 'SOA') throw new Error('unreachable');
      return {
        nsname: nameKey(soa.mname),
        hostmaster: nameKey(soa.rname),
        serial: soa.serial,
        refresh: soa.refresh,
        retry: soa.retry,
        expire: soa.expire,
        minttl: soa.minimum,
      };
    }
    default:
      return records.flatMap((r) => {
        if (r.type === 'A' || r.type === 'AAAA') return [r.address];
        if (r.type === 'PTR' || r.type === 'CNAME' || r.type === 'NS') return [nameKey(r.target)];
        return [];
      });
  }
}
