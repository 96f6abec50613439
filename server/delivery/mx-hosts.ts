// MX lookup: the groups the server reports and the hosts it tries, lowest preference first.
import type { DnsResolver, MxAnswer } from '../actions/dns/dns-resolver';
import type { MxGroup } from './delivery-stage';

export type MxResult = { ok: true; groups: MxGroup[]; hosts: string[] } | { ok: false; nullMx: boolean; error?: unknown };

export async function lookupMx(resolver: DnsResolver, domain: string): Promise<MxResult> {
  let answer: MxAnswer[];
  try {
    answer = (await resolver(domain, 'MX')) as MxAnswer[];
  } catch (error) {
    return { ok: false, nullMx: false, error };
  }
  const byPreference = new Map<number, string[]>();
  for (const mx of answer) byPreference.set(mx.priority, [...(byPreference.get(mx.priority) ?? []), mx.exchange.replace(/\.$/, '')]);
  const groups = [...byPreference.entries()].sort(([a], [b]) => a - b).map(([preference, exchanges]) => ({ exchanges, preference }));
  const hosts = groups.flatMap((g) => g.exchanges).filter((host) => host !== '');
  // RFC 7505: a single "MX 0 ." means the domain accepts no mail.
  if (hosts.length === 0) return { ok: false, nullMx: true };
  return { ok: true, groups, hosts };
}

/** A, then AAAA (the server's Ipv4thenIpv6 strategy). */
export async function lookupIps(resolver: DnsResolver, hostname: string): Promise<string[]> {
  const ips: string[] = [];
  let firstError: unknown;
  for (const type of ['A', 'AAAA']) {
    try {
      ips.push(...((await resolver(hostname, type)) as string[]));
    } catch (error) {
      firstError ??= error;
    }
  }
  if (ips.length === 0 && firstError !== undefined && (firstError as { code?: string }).code !== 'ENODATA') throw firstError;
  return ips;
}
