// One sentence per check of a TroubleshootDmarc result, saying in plain words why it passed or failed.
import type { DmarcAuthResult, DmarcDisposition, DmarcTroubleshootResult } from '../../schema/action-results';
import type { AlignmentReport } from './dmarc-alignment';
import type { DkimSignatureTags } from './dkim-signatures';

const POLICY_WORDS: Record<DmarcDisposition, string> = {
  none: 'take no particular action (p=none, monitoring only)',
  quarantine: 'treat failing mail as suspicious, usually by delivering it to the junk folder (p=quarantine)',
  reject: 'reject failing mail outright (p=reject)',
  unspecified: 'do nothing in particular, since the policy is not specified',
};

export function spfSentence(result: DmarcAuthResult, domain: string, ip: string, what: string): string {
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

export function iprevSentence(result: DmarcAuthResult, ip: string, ptr: string[]): string {
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

export function dkimSentence(result: DmarcAuthResult, tags: DkimSignatureTags | undefined): string {
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

export function arcSentence(result: DmarcAuthResult): string {
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

export function dmarcSentence(result: DmarcTroubleshootResult, alignment: AlignmentReport): string {
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
