import { Resolver } from 'node:dns/promises';
import type { DnsAnswer, DnsResolver } from './dns-resolver';

export interface SystemResolverOptions {
  /** Name servers to ask instead of the system's (`['192.0.2.53']`). */
  servers?: string[];
  /** Per-query timeout in milliseconds. */
  timeoutMs?: number;
}

/** The host's DNS through node:dns, in the resolver shape mailauth takes. */
export function createSystemResolver(options: SystemResolverOptions = {}): DnsResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 5000, tries: 2 });
  if (options.servers?.length) resolver.setServers(options.servers);
  return (name, rrtype) => resolver.resolve(name, rrtype) as Promise<DnsAnswer>;
}
