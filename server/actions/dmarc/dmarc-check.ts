import { dmarc, type ARCResult, type DKIMResult } from 'mailauth';
import type { DnsResolver } from '../dns/dns-resolver';
import { authResult, type AuthResult } from './auth-result';
import { asMailauthResolver } from './mailauth-resolver';
import type { DmarcAlignment, TroubleshootDmarcResult } from './troubleshoot-types';

export interface DmarcInputs {
  /** Addresses in the message's From header. */
  headerFrom: readonly string[];
  /** The domain SPF was evaluated for when it passed (RFC 7489 section 3.1.2), else undefined. */
  spfPassedDomain: string | undefined;
  /** DKIM signatures as verified (all of them; only passing ones count). */
  dkim: readonly DKIMResult[];
  arc: ARCResult | undefined;
}

export interface DmarcOutcome {
  result: AuthResult;
  policy: TroubleshootDmarcResult['dmarcPolicy'];
  alignment: DmarcAlignment;
}

/** Evaluates DMARC (RFC 7489) and says which identifier, if any, aligned with the From domain. */
export async function checkDmarc(inputs: DmarcInputs, resolver: DnsResolver): Promise<DmarcOutcome> {
  const passing = inputs.dkim.filter((r) => r.status.result === 'pass' && r.signingDomain);
  const noAlignment = (fromDomain: string | null, summary: string): DmarcAlignment => ({
    fromDomain,
    spf: null,
    dkim: null,
    summary,
  });

  if (inputs.headerFrom.length === 0) {
    const summary = 'the message has no From address';
    return { result: authResult('None'), policy: 'unspecified', alignment: noAlignment(null, summary) };
  }
  if (inputs.headerFrom.length > 1) {
    const summary = `the From header has ${inputs.headerFrom.length} addresses; DMARC needs exactly one`;
    return { result: authResult('PermError', summary), policy: 'unspecified', alignment: noAlignment(null, summary) };
  }
  const fromDomain = domainOf(inputs.headerFrom[0]);

  const verdict = await dmarc({
    headerFrom: inputs.headerFrom[0],
    spfDomains: inputs.spfPassedDomain ? [inputs.spfPassedDomain] : [],
    dkimDomains: passing.map((r) => ({
      id: r.id,
      domain: r.signingDomain,
      aligned: r.status.aligned,
      underSized: r.status.underSized,
    })),
    arcResult: inputs.arc,
    resolver: asMailauthResolver(resolver),
  });
  if (!verdict) {
    const summary = 'DMARC could not be evaluated for this From header';
    return { result: authResult('PermError', summary), policy: 'unspecified', alignment: noAlignment(fromDomain, summary) };
  }

  const status = verdict.status.result;
  if (status === 'none') {
    const summary = `no DMARC record published for ${fromDomain}`;
    return { result: authResult('None'), policy: 'unspecified', alignment: noAlignment(fromDomain, summary) };
  }
  if (status === 'temperror') {
    const summary = `DMARC record lookup for ${fromDomain} failed: ${verdict.error ?? 'DNS error'}`;
    return { result: authResult('TempError', summary), policy: 'unspecified', alignment: noAlignment(fromDomain, summary) };
  }

  const spfAligned = verdict.alignment?.spf?.result || null;
  const dkimAligned = verdict.alignment?.dkim?.result || null;
  const mode = (strict: boolean | undefined) => (strict ? 'strict' : 'relaxed');
  const spfPart = spfAligned
    ? `SPF aligned: ${spfAligned}`
    : inputs.spfPassedDomain
      ? `SPF not aligned: ${inputs.spfPassedDomain} passed but does not match ${fromDomain} (${mode(verdict.alignment?.spf?.strict)})`
      : 'SPF not aligned: SPF did not pass';
  const dkimPart = dkimAligned
    ? `DKIM aligned: d=${dkimAligned}`
    : passing.length > 0
      ? `DKIM not aligned: d=${passing.map((r) => r.signingDomain).join(', d=')} does not match ${fromDomain} (${mode(verdict.alignment?.dkim?.strict)})`
      : 'DKIM not aligned: no valid signature';
  const summary = `${spfPart}; ${dkimPart}`;

  const policy = normalisePolicy(verdict.policy);
  const result =
    status === 'pass'
      ? authResult('Pass')
      : authResult('Fail', `From domain ${fromDomain} (p=${policy}): ${summary}`);
  return { result, policy, alignment: { fromDomain, spf: spfAligned, dkim: dkimAligned, summary } };
}

function normalisePolicy(policy: string | undefined): DmarcOutcome['policy'] {
  const value = (policy ?? '').toLowerCase();
  return value === 'none' || value === 'quarantine' || value === 'reject' ? value : 'unspecified';
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
