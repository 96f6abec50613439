import { performance } from 'node:perf_hooks';
import { arc, dkimVerify, type ARCData, type ARCResult, type DKIMResult } from 'mailauth';
import type { DnsResolver } from '../dns/dns-resolver';
import { isIpAddress } from '../dns/dns-names';
import { checkRawMessage, toCrlf } from '../mime/raw-message';
import { authResult } from './auth-result';
import { checkDmarc, type DmarcOutcome } from './dmarc-check';
import { dkimSignatureResult, signatureResults } from './dkim-check';
import { checkIprev } from './iprev-check';
import { asMailauthResolver } from './mailauth-resolver';
import { checkSpf } from './spf-check';
import type { TroubleshootDmarcInput, TroubleshootDmarcOutcome } from './troubleshoot-types';

export interface TroubleshootOptions {
  /** Name of the verifying host in result comments. */
  hostname?: string;
}

const PARSE_ERROR = {
  type: 'invalidProperties',
  description: 'Failed to parse the message for DMARC troubleshooting',
  properties: ['message'],
};

/**
 * The TroubleshootDmarc action: SPF for the EHLO and MAIL FROM domains, reverse DNS, and, when a
 * message is given, DKIM, ARC and DMARC. DKIM2 is not implemented by mailauth and reports None.
 */
export async function troubleshootDmarc(
  input: TroubleshootDmarcInput,
  resolver: DnsResolver,
  options: TroubleshootOptions = {},
): Promise<TroubleshootDmarcOutcome> {
  const started = performance.now();
  const hostname = options.hostname ?? 'postmaster.sandbox';
  if (!isIpAddress(input.remoteIp ?? '')) {
    return { ok: false, error: { type: 'invalidProperties', description: 'Invalid remote IP address', properties: ['remoteIp'] } };
  }
  const message = input.message ?? null;
  if (message !== null && !checkRawMessage(message).ok) return { ok: false, error: PARSE_ERROR };

  const ip = input.remoteIp.trim();
  const mailFromLocal = localPart(input.mailFrom);
  const [spfEhloResult, spfMailFromResult, iprev] = await Promise.all([
    checkSpf({ ip, helo: input.ehloDomain, domain: input.spfEhloDomain, hostname }, resolver),
    checkSpf({ ip, helo: input.ehloDomain, domain: input.spfMailFromDomain, localPart: mailFromLocal, hostname }, resolver),
    checkIprev(ip, resolver),
  ]);

  let dkim: DKIMResult[] = [];
  let arcOutcome: ARCResult | undefined;
  let dmarcOutcome: DmarcOutcome = {
    result: authResult('None'),
    policy: 'unspecified',
    alignment: { fromDomain: null, spf: null, dkim: null, summary: 'no message given; DMARC not evaluated' },
  };
  if (message !== null) {
    const mailauthResolver = asMailauthResolver(resolver);
    let verified;
    try {
      verified = await dkimVerify(toCrlf(message), { resolver: mailauthResolver, sender: input.mailFrom || undefined });
    } catch {
      return { ok: false, error: PARSE_ERROR };
    }
    dkim = signatureResults(verified.results);
    // mailauth's own authenticate() hands this object to arc() as is; its typings only differ on `chain: false`.
    arcOutcome = verified.arc ? await arc(verified.arc as ARCData, { resolver: mailauthResolver }) : undefined;

    // DMARC's SPF identifier is MAIL FROM, or the EHLO identity for a null reverse path (RFC 7489 section 3.1.2).
    const nullSender = !input.mailFrom?.trim();
    const spfIdentity = nullSender
      ? { result: spfEhloResult, domain: input.spfEhloDomain }
      : { result: spfMailFromResult, domain: input.spfMailFromDomain };
    dmarcOutcome = await checkDmarc(
      {
        headerFrom: verified.headerFrom,
        spfPassedDomain: spfIdentity.result['@type'] === 'Pass' ? spfIdentity.domain.toLowerCase() : undefined,
        dkim,
        arc: arcOutcome,
      },
      resolver,
    );
  }

  const dkimResults = Object.fromEntries(dkim.map((signature, index) => [String(index), dkimSignatureResult(signature)]));
  return {
    ok: true,
    result: {
      spfEhloDomain: input.spfEhloDomain,
      spfMailFromDomain: input.spfMailFromDomain,
      spfEhloResult,
      spfMailFromResult,
      ipRevResult: iprev.result,
      ipRevPtr: Object.fromEntries(iprev.ptr.map((name) => [`${name}.`, true as const])),
      dkimResults,
      dkimPass: Object.values(dkimResults).some((r) => r['@type'] === 'Pass'),
      dkim2Result: authResult('None'),
      dkim2Pass: false,
      arcResult: arcResult(arcOutcome),
      dmarcResult: dmarcOutcome.result,
      dmarcPass: dmarcOutcome.result['@type'] === 'Pass',
      dmarcPolicy: dmarcOutcome.policy,
      elapsed: Math.round(performance.now() - started),
    },
    alignment: dmarcOutcome.alignment,
  };
}

function arcResult(outcome: ARCResult | undefined) {
  if (!outcome) return authResult('None');
  const status = outcome.status.result;
  if (status === 'pass') return authResult('Pass');
  if (status === 'fail') return authResult('Fail', outcome.status.comment ?? `ARC chain i=${outcome.i} failed`);
  return authResult('None');
}

function localPart(address: string | undefined): string | undefined {
  const text = (address ?? '').trim().replace(/^<|>$/g, '');
  const at = text.lastIndexOf('@');
  return at > 0 ? text.slice(0, at) : undefined;
}
