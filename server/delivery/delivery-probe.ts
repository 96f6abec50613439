// The live delivery probe, stage for stage in the order Stalwart 0.16 runs it: MX lookup, MTA-STS
// policy, TLS-RPT, then for each MX host: MTA-STS check, TLSA lookup, address lookup and an SMTP
// conversation with each address until one accepts. The caller sends `completed` afterwards.
import type { DnsResolver } from '../actions/dns/dns-resolver';
import { lookupTlsa } from './dane';
import { elapsedSince, type EmitStage, type TlsaWire } from './delivery-stage';
import { dnsReason } from './dns-reason';
import { lookupMtaSts, policyAllows } from './mta-sts';
import { lookupIps, lookupMx } from './mx-hosts';
import { attemptSmtp } from './smtp-attempt';
import { lookupTlsRpt } from './tls-rpt';

export interface ProbeSettings {
  resolver: DnsResolver;
  /** The port the probe connects to on MX hosts (25 on a real server). */
  mxPort: number;
  /** The port of MTA-STS policy hosts (443 on a real server). */
  policyPort: number;
  /** Certificate authorities trusted for STARTTLS and the policy fetch (PEM). */
  ca: string[];
  ehloName: string;
}

/** `target` is a domain or an address (lower case); `timeoutMs` bounds each network step. */
export async function runDeliveryProbe(target: string, timeoutMs: number, settings: ProbeSettings, emit: EmitStage, signal: AbortSignal): Promise<void> {
  const at = target.lastIndexOf('@');
  const domain = at >= 0 ? target.slice(at + 1) : target;
  const email = at >= 0 ? target : null;
  const { resolver } = settings;

  emit({ type: 'mxLookupStart', domain });
  let start = performance.now();
  const mx = await lookupMx(resolver, domain);
  if (!mx.ok) {
    emit({ type: 'mxLookupError', reason: mx.nullMx ? 'Null MX record' : dnsReason(mx.error), elapsed: elapsedSince(start) });
    return;
  }
  emit({ type: 'mxLookupSuccess', mxs: mx.groups, elapsed: elapsedSince(start) });

  emit({ type: 'mtaStsFetchStart' });
  start = performance.now();
  const sts = await lookupMtaSts(domain, { resolver, httpsPort: settings.policyPort, ca: settings.ca, timeoutMs });
  if (sts.kind === 'found') emit({ type: 'mtaStsFetchSuccess', policy: sts.policy, elapsed: elapsedSince(start) });
  else if (sts.kind === 'notFound') emit({ type: 'mtaStsNotFound', elapsed: elapsedSince(start) });
  else emit({ type: 'mtaStsFetchError', reason: sts.reason, elapsed: elapsedSince(start) });

  emit({ type: 'tlsRptLookupStart' });
  start = performance.now();
  const rpt = await lookupTlsRpt(resolver, domain);
  if (rpt.kind === 'found') emit({ type: 'tlsRptLookupSuccess', rua: rpt.rua, elapsed: elapsedSince(start) });
  else if (rpt.kind === 'notFound') emit({ type: 'tlsRptNotFound', elapsed: elapsedSince(start) });
  else emit({ type: 'tlsRptLookupError', reason: rpt.reason, elapsed: elapsedSince(start) });

  for (const hostname of mx.hosts) {
    if (signal.aborted) return;
    emit({ type: 'deliveryAttemptStart', hostname });
    if (sts.kind === 'found') {
      if (!policyAllows(sts.policy, hostname)) {
        emit({ type: 'mtaStsVerifyError', reason: 'Not authorized by policy' });
        continue;
      }
      emit({ type: 'mtaStsVerifySuccess' });
    }

    emit({ type: 'tlsaLookupStart' });
    start = performance.now();
    const tlsa = await lookupTlsa(resolver, hostname);
    let dane: TlsaWire | null = null;
    if (tlsa.kind === 'found') {
      dane = tlsa.record;
      emit({ type: 'tlsaLookupSuccess', record: tlsa.record, elapsed: elapsedSince(start) });
    } else if (tlsa.kind === 'notFound') emit({ type: 'tlsaNotFound', elapsed: elapsedSince(start), reason: tlsa.reason });
    else emit({ type: 'tlsaLookupError', elapsed: elapsedSince(start), reason: tlsa.reason });

    emit({ type: 'ipLookupStart' });
    start = performance.now();
    let ips: string[];
    try {
      ips = await lookupIps(resolver, hostname);
    } catch (error) {
      emit({ type: 'ipLookupError', reason: dnsReason(error), elapsed: elapsedSince(start) });
      continue;
    }
    if (ips.length === 0) {
      emit({ type: 'ipLookupError', reason: 'No IP addresses found for host', elapsed: elapsedSince(start) });
      continue;
    }
    emit({ type: 'ipLookupSuccess', remoteIps: ips, elapsed: elapsedSince(start) });

    for (const ip of ips) {
      if (signal.aborted) return;
      const accepted = await attemptSmtp(
        { hostname, ip, port: settings.mxPort, ehloName: settings.ehloName, timeoutMs, ca: settings.ca, email, dane, signal },
        emit,
      );
      if (accepted) return;
    }
  }
}
