// Plain-language reading of a TroubleshootDmarc result: one card per check, each with a sentence
// saying why it passed or failed, and for DMARC which identifier aligned with the From domain.
import type { DmarcDisposition, DmarcTroubleshootAuthResult, DmarcTroubleshootResult } from '../../catalog/action';
import { listToArray, setToArray } from '../../schema/wire-codec';
import type { DkimSignatureTags } from './dkim-signatures';
import { alignmentOf, normalizeDomain } from './org-domain';

export type AuthStatus = DmarcTroubleshootAuthResult['@type'];

/** What the client knew when it sent the check; the server does not echo these. */
export interface DmarcRunContext {
  remoteIp: string;
  ehloDomain: string;
  mailFrom: string;
  /** Domain of the message's From header, parsed on the client. */
  fromDomain?: string;
  /** d= / s= of each DKIM-Signature, top to bottom. */
  dkimSignatures: DkimSignatureTags[];
  messageGiven: boolean;
}

export interface CheckFact {
  label: string;
  value: string;
}

export interface CheckCard {
  key: string;
  title: string;
  status: AuthStatus;
  sentence: string;
  /** A second sentence (DMARC: which identifier aligned with the From domain, or why none did). */
  alignment?: string;
  /** The server's own details text, when it gave one. */
  details?: string;
  facts: CheckFact[];
}

const POLICY_WORDS: Record<DmarcDisposition, string> = {
  none: 'take no particular action (p=none, monitoring only)',
  quarantine: 'treat failing mail as suspicious, usually by delivering it to the junk folder (p=quarantine)',
  reject: 'reject failing mail outright (p=reject)',
  unspecified: 'do nothing in particular, since the policy is not specified',
};

export function statusWord(status: AuthStatus): string {
  switch (status) {
    case 'Pass':
      return 'Pass';
    case 'Fail':
      return 'Fail';
    case 'SoftFail':
      return 'Soft fail';
    case 'Neutral':
      return 'Neutral';
    case 'None':
      return 'None';
    case 'TempError':
      return 'Temporary error';
    case 'PermError':
      return 'Permanent error';
  }
}

export function statusTone(status: AuthStatus): 'success' | 'danger' | 'warning' | 'neutral' {
  if (status === 'Pass') return 'success';
  if (status === 'Fail' || status === 'PermError') return 'danger';
  if (status === 'SoftFail' || status === 'TempError') return 'warning';
  return 'neutral';
}

function detailsOf(result: DmarcTroubleshootAuthResult): string | undefined {
  return 'details' in result && result.details ? result.details : undefined;
}

function spfSentence(result: DmarcTroubleshootAuthResult, domain: string, ip: string, what: string): string {
  switch (result['@type']) {
    case 'Pass':
      return `The SPF record of ${domain} lists ${ip} as allowed to send mail for it, so the ${what} identity is confirmed.`;
    case 'Fail':
      return `The SPF record of ${domain} does not list ${ip} and ends with -all: the domain asks receivers to refuse mail from other addresses.`;
    case 'SoftFail':
      return `The SPF record of ${domain} does not list ${ip} and ends with ~all: the domain asks receivers to accept such mail but treat it as suspicious.`;
    case 'Neutral':
      return `The SPF record of ${domain} makes no statement about ${ip} (?all), so the ${what} identity is neither confirmed nor refuted.`;
    case 'None':
      return `${domain} publishes no SPF record, so nothing says which servers may send for it.`;
    case 'TempError':
      return `A temporary DNS failure stopped the SPF check of ${domain}; the same mail may pass later.`;
    case 'PermError':
      return `The SPF record of ${domain} could not be evaluated (a syntax error, several records, or too many DNS lookups); receivers treat this as a failure.`;
  }
}

function iprevSentence(result: DmarcTroubleshootAuthResult, ip: string, ptr: string[]): string {
  const names = ptr.length > 0 ? ptr.join(', ') : 'no name';
  switch (result['@type']) {
    case 'Pass':
      return `${ip} has the PTR name ${names}, and that name resolves back to ${ip}: the reverse DNS is consistent.`;
    case 'Fail':
      return ptr.length > 0
        ? `${ip} has the PTR name ${names}, but that name does not resolve back to ${ip}, so the name cannot be trusted.`
        : `The reverse DNS of ${ip} does not confirm any host name.`;
    case 'PermError':
      return `${ip} has no PTR record, so the sending host has no verifiable name.`;
    case 'TempError':
      return `A temporary DNS failure stopped the reverse DNS lookup of ${ip}.`;
    case 'None':
      return `No reverse DNS check was made for ${ip}.`;
    default:
      return `The reverse DNS check of ${ip} was inconclusive.`;
  }
}

function dkimSentence(result: DmarcTroubleshootAuthResult, tags: DkimSignatureTags | undefined): string {
  const signer = tags?.domain ? `by d=${tags.domain}${tags.selector ? ` (selector ${tags.selector})` : ''}` : '';
  const who = signer ? `The signature ${signer}` : 'The signature';
  switch (result['@type']) {
    case 'Pass':
      return `${who} verified: the signed headers and the body are unchanged since the domain signed them.`;
    case 'Fail':
      return `${who} did not verify: the message was changed after signing, or it was signed with another key than the one published.`;
    case 'PermError':
      return `${who} could not be checked: the signature is malformed, or the public key is missing or unusable.`;
    case 'TempError':
      return `${who} could not be checked because the public key lookup failed temporarily.`;
    case 'Neutral':
      return `${who} was not evaluated (for example an unsupported algorithm or an expired signature).`;
    default:
      return `${who} gave no result.`;
  }
}

function arcSentence(result: DmarcTroubleshootAuthResult): string {
  switch (result['@type']) {
    case 'Pass':
      return 'The ARC chain is intact: every forwarding host that sealed the message can be verified.';
    case 'None':
      return 'The message carries no ARC headers. That is normal for mail that was not forwarded by a mailing list or relay.';
    case 'Fail':
      return 'The ARC chain is broken: a seal does not verify, so the forwarding history cannot be trusted.';
    case 'TempError':
      return 'The ARC chain could not be checked because of a temporary DNS failure.';
    case 'PermError':
      return 'The ARC headers are malformed and could not be checked.';
    default:
      return 'The ARC check was inconclusive.';
  }
}

export interface AlignmentReport {
  fromDomain?: string;
  spf: { domain: string; passed: boolean; aligned: 'exact' | 'relaxed' | 'none' };
  dkim: Array<{ domain?: string; passed: boolean; aligned: 'exact' | 'relaxed' | 'none' }>;
  /** One sentence: which identifier aligned, or why none did. */
  sentence: string;
}

function alignedWord(a: 'exact' | 'relaxed' | 'none'): string {
  return a === 'exact' ? 'matches it exactly' : a === 'relaxed' ? 'shares its organisational domain (relaxed alignment)' : 'does not align';
}

/** Which identifier aligned with the From domain, worked out on the client from the message. */
export function alignmentReport(result: DmarcTroubleshootResult, context: DmarcRunContext): AlignmentReport {
  const nullSender = context.mailFrom.trim() === '';
  const spfDomain = normalizeDomain(nullSender ? result.spfEhloDomain : result.spfMailFromDomain);
  const spfResult = nullSender ? result.spfEhloResult : result.spfMailFromResult;
  const fromDomain = context.fromDomain;
  const spf = {
    domain: spfDomain,
    passed: spfResult['@type'] === 'Pass',
    aligned: fromDomain ? alignmentOf(spfDomain, fromDomain) : ('none' as const),
  };
  const dkimResults = listToArray(result.dkimResults);
  const dkim = dkimResults.map((r, i) => {
    const domain = context.dkimSignatures[i]?.domain;
    return { domain, passed: r['@type'] === 'Pass', aligned: domain && fromDomain ? alignmentOf(domain, fromDomain) : ('none' as const) };
  });

  let sentence: string;
  if (!context.messageGiven) sentence = 'No message was given, so there is no From domain to align with and DMARC was not evaluated.';
  else if (!fromDomain) sentence = 'The message has no readable From address, so there is no domain to align with.';
  else {
    const winners: string[] = [];
    if (spf.passed && spf.aligned !== 'none') {
      winners.push(`SPF: the ${nullSender ? 'EHLO' : 'MAIL FROM'} domain ${spf.domain} passed SPF and ${alignedWord(spf.aligned)} with the From domain ${fromDomain}`);
    }
    for (const d of dkim) {
      if (d.passed && d.aligned !== 'none') winners.push(`DKIM: the signing domain d=${d.domain} passed and ${alignedWord(d.aligned)} with the From domain ${fromDomain}`);
    }
    if (winners.length > 0) sentence = `Aligned with the From domain — ${winners.join('; ')}.`;
    else {
      const reasons: string[] = [];
      const spfName = nullSender ? 'EHLO' : 'MAIL FROM';
      if (!spf.passed) reasons.push(`SPF for the ${spfName} domain ${spf.domain} did not pass`);
      else reasons.push(`SPF passed for ${spf.domain}, which is not the From domain ${fromDomain} or part of its organisation`);
      if (dkim.length === 0) reasons.push('the message has no DKIM signature');
      else {
        const passing = dkim.filter((d) => d.passed);
        if (passing.length === 0) reasons.push('no DKIM signature verified');
        else reasons.push(`the valid DKIM signature${passing.length > 1 ? 's are' : ' is'} by ${passing.map((d) => `d=${d.domain ?? 'unknown'}`).join(', ')}, not by ${fromDomain} or its organisation`);
      }
      sentence = `Nothing aligned with the From domain ${fromDomain}: ${reasons.join(', and ')}.`;
    }
  }
  return { fromDomain, spf, dkim, sentence };
}

function dmarcSentence(result: DmarcTroubleshootResult, alignment: AlignmentReport): string {
  const policy = POLICY_WORDS[result.dmarcPolicy] ?? POLICY_WORDS.unspecified;
  const domain = alignment.fromDomain ?? 'the From domain';
  switch (result.dmarcResult['@type']) {
    case 'Pass':
      return `DMARC passed: at least one authenticated identifier aligned with ${domain}. Its policy would apply only to failing mail: ${policy}.`;
    case 'Fail':
      return `DMARC failed: neither SPF nor DKIM gave a passing identifier aligned with ${domain}. The domain asks receivers to ${policy}.`;
    case 'None':
      return alignment.fromDomain
        ? `${domain} publishes no DMARC record (or none was evaluated), so receivers apply their own rules.`
        : 'DMARC was not evaluated because there is no From domain.';
    case 'TempError':
      return `The DMARC record of ${domain} could not be fetched because of a temporary DNS failure.`;
    case 'PermError':
      return `The DMARC record of ${domain} is malformed and could not be used.`;
    default:
      return `The DMARC check of ${domain} was inconclusive.`;
  }
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export function checkCards(result: DmarcTroubleshootResult, context: DmarcRunContext): CheckCard[] {
  const ip = context.remoteIp;
  const ptr = setToArray(result.ipRevPtr as Record<string, boolean>).map((name) => name.replace(/\.$/, ''));
  const cards: CheckCard[] = [
    {
      key: 'spf-ehlo',
      title: 'SPF for EHLO',
      status: result.spfEhloResult['@type'],
      sentence: spfSentence(result.spfEhloResult, result.spfEhloDomain, ip, 'EHLO'),
      details: detailsOf(result.spfEhloResult),
      facts: [{ label: 'Domain', value: result.spfEhloDomain }],
    },
    {
      key: 'spf-mail-from',
      title: 'SPF for MAIL FROM',
      status: result.spfMailFromResult['@type'],
      sentence: spfSentence(result.spfMailFromResult, result.spfMailFromDomain, ip, 'MAIL FROM'),
      details: detailsOf(result.spfMailFromResult),
      facts: [{ label: 'Domain', value: result.spfMailFromDomain }],
    },
    {
      key: 'iprev',
      title: 'Reverse DNS',
      status: result.ipRevResult['@type'],
      sentence: iprevSentence(result.ipRevResult, ip, ptr),
      details: detailsOf(result.ipRevResult),
      facts: [
        { label: 'IP address', value: ip },
        { label: 'PTR names', value: ptr.length > 0 ? ptr.join(', ') : 'None' },
      ],
    },
  ];

  const dkim = listToArray(result.dkimResults);
  if (dkim.length === 0) {
    cards.push({
      key: 'dkim-none',
      title: 'DKIM',
      status: 'None',
      sentence: context.messageGiven ? 'The message carries no DKIM signature.' : 'No message was given, so no DKIM signature was checked.',
      facts: [],
    });
  }
  dkim.forEach((r, i) => {
    const tags = context.dkimSignatures[i];
    cards.push({
      key: `dkim-${i}`,
      title: dkim.length > 1 ? `DKIM signature ${i + 1}` : 'DKIM signature',
      status: r['@type'],
      sentence: dkimSentence(r, tags),
      details: detailsOf(r),
      facts: [
        ...(tags?.domain ? [{ label: 'Signing domain (d=)', value: tags.domain }] : []),
        ...(tags?.selector ? [{ label: 'Selector (s=)', value: tags.selector }] : []),
      ],
    });
  });

  cards.push({
    key: 'arc',
    title: 'ARC',
    status: result.arcResult['@type'],
    sentence: arcSentence(result.arcResult),
    details: detailsOf(result.arcResult),
    facts: [],
  });

  const alignment = alignmentReport(result, context);
  cards.push({
    key: 'dmarc',
    title: 'DMARC',
    status: result.dmarcResult['@type'],
    sentence: dmarcSentence(result, alignment),
    alignment: alignment.sentence,
    details: detailsOf(result.dmarcResult),
    facts: [
      { label: 'From domain', value: alignment.fromDomain ?? 'Unknown' },
      { label: 'Policy', value: result.dmarcPolicy },
      { label: 'DMARC passed', value: yesNo(result.dmarcPass) },
      { label: 'DKIM passed', value: yesNo(result.dkimPass) },
      { label: 'DKIM2 passed', value: yesNo(result.dkim2Pass) },
    ],
  });
  return cards;
}
