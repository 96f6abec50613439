// MTA-STS (RFC 8461): the `_mta-sts` TXT record through the zone files, then the policy over HTTPS
// from mta-sts.<domain> (its address from the zone; the port and trusted CA are sandbox settings).
import { request } from 'node:https';
import { parsePolicy, resolvePolicy } from 'mailauth/lib/mta-sts.js';
import type { DnsResolver } from '../actions/dns/dns-resolver';
import { asMailauthResolver } from '../actions/dmarc/mailauth-resolver';
import type { StsPolicyWire } from './delivery-stage';
import { lookupIps } from './mx-hosts';

const MAX_POLICY_BYTES = 1024 * 1024;

export interface PolicyFetchSettings {
  resolver: DnsResolver;
  httpsPort: number;
  ca: string[];
  timeoutMs: number;
}

export type MtaStsResult = { kind: 'found'; policy: StsPolicyWire } | { kind: 'notFound' } | { kind: 'error'; reason: string };

export async function lookupMtaSts(domain: string, settings: PolicyFetchSettings): Promise<MtaStsResult> {
  let id: string | false;
  try {
    id = await resolvePolicy(domain, { resolver: asMailauthResolver(settings.resolver) });
  } catch (error) {
    return { kind: 'error', reason: `DNS lookup error: ${(error as Error).message}` };
  }
  if (id === false) return { kind: 'notFound' };
  let body: string;
  try {
    body = await fetchPolicyFile(domain, settings);
  } catch (error) {
    return { kind: 'error', reason: (error as Error).message };
  }
  try {
    const parsed = parsePolicy(body);
    return {
      kind: 'found',
      policy: {
        id,
        mode: parsed.mode,
        mx: (parsed.mx ?? []).map((pattern) => (pattern.startsWith('*.') ? { startsWith: pattern.slice(2) } : { equals: pattern })),
        max_age: parsed.maxAge ?? 0,
      },
    };
  } catch (error) {
    return { kind: 'error', reason: `Failed to parse policy: ${(error as Error).message}` };
  }
}

/** Whether the policy lets mail go to this MX host ("none" allows any; `*.d` matches one label). */
export function policyAllows(policy: StsPolicyWire, hostname: string): boolean {
  if (policy.mode === 'none') return true;
  const suffix = hostname.slice(hostname.indexOf('.') + 1);
  return policy.mx.some((p) => ('equals' in p ? p.equals === hostname : hostname.includes('.') && suffix === p.startsWith));
}

async function fetchPolicyFile(domain: string, settings: PolicyFetchSettings): Promise<string> {
  const servername = `mta-sts.${domain}`;
  const ips = await lookupIps(settings.resolver, servername).catch(() => []);
  if (ips.length === 0) throw new Error('Could not reach policy host.');
  return new Promise((resolve, reject) => {
    const req = request(
      { host: ips[0], port: settings.httpsPort, servername, path: '/.well-known/mta-sts.txt', headers: { host: servername }, ca: settings.ca, agent: false, timeout: settings.timeoutMs },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(res.statusCode === 404 ? 'Policy not found.' : 'Failed to fetch policy.'));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_POLICY_BYTES) req.destroy(new Error('Failed to parse policy: Policy too large'));
          else chunks.push(chunk);
        });
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('Timeout fetching policy.')));
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.message.endsWith('.') ? error : new Error(error.code === 'ECONNREFUSED' ? 'Could not reach policy host.' : 'Failed to fetch policy.')),
    );
    req.end();
  });
}
