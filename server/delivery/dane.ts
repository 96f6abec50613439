// DANE (RFC 7672): the TLSA records of an MX host and the check of its certificate against them.
import { createHash, X509Certificate } from 'node:crypto';
import type { PeerCertificate } from 'node:tls';
import type { DnsResolver, TlsaAnswer } from '../actions/dns/dns-resolver';
import type { TlsaWire } from './delivery-stage';

const MATCHING = ['Full', 'Sha256', 'Sha512'] as const;

export type TlsaResult = { kind: 'found'; record: TlsaWire } | { kind: 'notFound'; reason: string } | { kind: 'error'; reason: string };

/**
 * The sandbox's zone files are its authoritative data, so their TLSA records count as DNSSEC-secure.
 * Only DANE-EE (usage 3) and DANE-TA (usage 2) records are used for SMTP (RFC 7672 §3.1.3).
 */
export async function lookupTlsa(resolver: DnsResolver, hostname: string): Promise<TlsaResult> {
  let answers: TlsaAnswer[];
  try {
    answers = (await resolver(`_25._tcp.${hostname}`, 'TLSA')) as TlsaAnswer[];
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') return { kind: 'notFound', reason: 'No TLSA records found for MX' };
    return { kind: 'error', reason: `DNS lookup error: ${(error as Error).message}` };
  }
  const entries = answers
    .filter((a) => (a.certUsage === 2 || a.certUsage === 3) && a.selector <= 1 && a.match <= 2)
    .map((a) => ({
      is_end_entity: a.certUsage === 3,
      is_spki: a.selector === 1,
      matching: MATCHING[a.match],
      data: [...new Uint8Array(a.data)],
    }));
  const record: TlsaWire = {
    entries,
    has_end_entities: entries.some((e) => e.is_end_entity),
    has_intermediates: entries.some((e) => !e.is_end_entity),
  };
  if (!record.has_end_entities) return { kind: 'error', reason: 'TLSA record does not have end entities' };
  return { kind: 'found', record };
}

/** Checks the server's certificate against the end-entity records; null when one matches. */
export function verifyDane(record: TlsaWire, peer: PeerCertificate | undefined): string | null {
  if (!peer?.raw) return 'No certificates were provided by host';
  const spki = new X509Certificate(peer.raw).publicKey.export({ type: 'spki', format: 'der' });
  for (const entry of record.entries) {
    if (!entry.is_end_entity) continue;
    const selected = entry.is_spki ? spki : peer.raw;
    const digest =
      entry.matching === 'Full' ? selected : createHash(entry.matching === 'Sha256' ? 'sha256' : 'sha512').update(selected).digest();
    if (Buffer.from(entry.data).equals(digest)) return null;
  }
  return 'No matching certificates found in TLSA records';
}
