// Plain-language reading of a TroubleshootDmarc result: one card per check, each with a sentence
// saying why it passed or failed, and for DMARC which identifier aligned with the From domain.
import type { DmarcTroubleshootResult } from '../../schema/action-results';
import { listToArray, setToArray } from '../../schema/wire-codec';
import { alignmentReport } from './dmarc-alignment';
import { arcSentence, dkimSentence, dmarcSentence, iprevSentence, spfSentence } from './dmarc-check-sentences';
import type { DmarcRunContext } from './dmarc-run-context';
import { detailsOf, type AuthStatus } from './dmarc-status-words';

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

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export function checkCards(result: DmarcTroubleshootResult, context: DmarcRunContext): CheckCard[] {
  const ip = context.remoteIp;
  const ptr = setToArray(result.ipRevPtr).map((name) => name.replace(/\.$/, ''));
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
