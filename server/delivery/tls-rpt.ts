// TLS-RPT (RFC 8460): the `_smtp._tls` TXT record and its report addresses.
import type { DnsResolver } from '../actions/dns/dns-resolver';
import type { ReportUri } from './delivery-stage';

export type TlsRptResult = { kind: 'found'; rua: ReportUri[] } | { kind: 'notFound' } | { kind: 'error'; reason: string };

export async function lookupTlsRpt(resolver: DnsResolver, domain: string): Promise<TlsRptResult> {
  let records: string[];
  try {
    records = ((await resolver(`_smtp._tls.${domain}`, 'TXT')) as string[][]).map((chunks) => chunks.join(''));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') return { kind: 'notFound' };
    return { kind: 'error', reason: `DNS lookup error: ${(error as Error).message}` };
  }
  const record = records.find((r) => /^v=TLSRPTv1\s*(;|$)/.test(r));
  if (!record) return records.length === 0 ? { kind: 'notFound' } : { kind: 'error', reason: 'Invalid record' };
  const tags = new Map(
    record
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part.includes('='))
      .map((part) => [part.slice(0, part.indexOf('=')).trim().toLowerCase(), part.slice(part.indexOf('=') + 1).trim()] as const),
  );
  const rua: ReportUri[] = [];
  for (const uri of (tags.get('rua') ?? '').split(',').map((u) => u.trim())) {
    if (/^mailto:/i.test(uri)) rua.push({ type: 'mail', email: uri.slice('mailto:'.length) });
    else if (/^https:\/\//i.test(uri)) rua.push({ type: 'http', url: uri });
  }
  if (rua.length === 0) return { kind: 'error', reason: 'Invalid record' };
  return { kind: 'found', rua };
}
