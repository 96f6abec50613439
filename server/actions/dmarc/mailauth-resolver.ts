import type { DNSResolver } from 'mailauth';
import type { DnsResolver } from '../dns/dns-resolver';

/**
 * mailauth declares its resolver as returning string arrays only, but it calls it for MX too
 * (and reads {exchange, priority}), exactly like dns.promises.resolve; the shapes are the same at run time.
 */
export function asMailauthResolver(resolver: DnsResolver): DNSResolver {
  return resolver as unknown as DNSResolver;
}
