// Which identifier aligned with the From domain, worked out on the client from the message the
// person sent (the server's answer says only whether DMARC passed).
import type { DmarcTroubleshootResult } from '../../schema/action-results';
import { listToArray } from '../../schema/wire-codec';
import type { DmarcRunContext } from './dmarc-run-context';
import { alignmentOf, normalizeDomain } from './org-domain';

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
