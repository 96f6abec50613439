/**
 * The resolver shape mailauth takes as its `resolver` option: `dns.promises.resolve(name, rrtype)`.
 * Answers follow node:dns (TXT: chunks per record; MX: {exchange, priority}; names without the trailing dot);
 * a missing name throws code ENOTFOUND, a name without records of the type throws ENODATA.
 */
export type DnsResolver = (name: string, rrtype: string) => Promise<DnsAnswer>;

export type DnsAnswer = string[] | string[][] | MxAnswer[] | SoaAnswer | TlsaAnswer[];

/** As node:dns resolveTlsa() answers (`data` is the association data). */
export interface TlsaAnswer {
  certUsage: number;
  selector: number;
  match: number;
  data: ArrayBuffer;
}

export interface MxAnswer {
  exchange: string;
  priority: number;
}

export interface SoaAnswer {
  nsname: string;
  hostmaster: string;
  serial: number;
  refresh: number;
  retry: number;
  expire: number;
  minttl: number;
}

/** Record types node:dns resolve() accepts; others throw like node does. */
export const NODE_RRTYPES = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TLSA', 'TXT'] as const;

/** Builds the error node:dns raises (`queryTxt ENOTFOUND example.com`), which mailauth inspects by `code`. */
export function dnsError(code: 'ENOTFOUND' | 'ENODATA' | 'ESERVFAIL' | 'ETIMEOUT', rrtype: string, name: string): Error {
  const syscall = `query${rrtype.charAt(0)}${rrtype.slice(1).toLowerCase()}`;
  return Object.assign(new Error(`${syscall} ${code} ${name}`), { code, syscall, hostname: name });
}

export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOTFOUND' || code === 'ENODATA';
}
