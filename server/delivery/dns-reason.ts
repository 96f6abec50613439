// Turns a zone-resolver failure into the reason text Stalwart reports for a failed DNS lookup.
import { isNotFound } from '../actions/dns/dns-resolver';

export function dnsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOTFOUND') return 'DNS record not found: Non-Existent Domain';
  if (code === 'ENODATA') return 'DNS record not found: No Error';
  return `DNS lookup error: ${error instanceof Error ? error.message : String(error)}`;
}

export { isNotFound };
