import { describe, expect, it } from 'vitest';
import type { DmarcTroubleshootResult } from '../../catalog/action';
import { dkimSignatureTags, fromDomainOf } from './dkim-signatures';
import { alignmentReport, checkCards, type DmarcRunContext } from './dmarc-explain';
import { alignmentOf, organizationalDomain } from './org-domain';

const passing: DmarcTroubleshootResult = {
  spfEhloDomain: 'mail.example.com',
  spfMailFromDomain: 'example.com',
  spfEhloResult: { '@type': 'Pass' },
  spfMailFromResult: { '@type': 'Pass' },
  ipRevResult: { '@type': 'Pass' },
  ipRevPtr: { 'mail.example.com.': true },
  dkimResults: { '0': { '@type': 'Pass' } },
  dkimPass: true,
  dkim2Result: { '@type': 'None' },
  dkim2Pass: false,
  arcResult: { '@type': 'None' },
  dmarcResult: { '@type': 'Pass' },
  dmarcPass: true,
  dmarcPolicy: 'reject',
  elapsed: 12,
};

const context: DmarcRunContext = {
  remoteIp: '192.0.2.10',
  ehloDomain: 'mail.example.com',
  mailFrom: 'alice@example.com',
  fromDomain: 'example.com',
  dkimSignatures: [{ domain: 'example.com', selector: 'demo' }],
  messageGiven: true,
};

describe('organizational domains', () => {
  it('approximates the organisational domain', () => {
    expect(organizationalDomain('Mail.Example.COM.')).toBe('example.com');
    expect(organizationalDomain('a.b.example.co.uk')).toBe('example.co.uk');
  });
  it('tells exact, relaxed and no alignment apart', () => {
    expect(alignmentOf('example.com', 'EXAMPLE.com')).toBe('exact');
    expect(alignmentOf('bounce.example.com', 'example.com')).toBe('relaxed');
    expect(alignmentOf('example.net', 'example.com')).toBe('none');
  });
});

describe('dkimSignatureTags and fromDomainOf', () => {
  it('reads d= and s= of every signature, folded or not', () => {
    const raw = 'DKIM-Signature: v=1; a=rsa-sha256; d=Example.com;\r\n\ts=demo; b=abc\r\nDKIM-Signature: v=1; d=esp.example.net; s=k1\r\nFrom: "A" <a@Example.com>\r\n\r\nx';
    expect(dkimSignatureTags(raw)).toEqual([
      { domain: 'example.com', selector: 'demo' },
      { domain: 'esp.example.net', selector: 'k1' },
    ]);
    expect(fromDomainOf(raw)).toBe('example.com');
  });
});

describe('alignmentReport', () => {
  it('names both aligned identifiers of a passing message', () => {
    const report = alignmentReport(passing, context);
    expect(report.spf).toEqual({ domain: 'example.com', passed: true, aligned: 'exact' });
    expect(report.dkim).toEqual([{ domain: 'example.com', passed: true, aligned: 'exact' }]);
    expect(report.sentence).toContain('SPF: the MAIL FROM domain example.com passed SPF and matches it exactly');
    expect(report.sentence).toContain('DKIM: the signing domain d=example.com passed');
  });

  it('says why nothing aligned', () => {
    const failing: DmarcTroubleshootResult = {
      ...passing,
      spfMailFromResult: { '@type': 'Fail', details: 'not permitted' },
      dkimResults: { '0': { '@type': 'Pass' } },
      dmarcResult: { '@type': 'Fail' },
      dmarcPass: false,
    };
    const report = alignmentReport(failing, { ...context, dkimSignatures: [{ domain: 'esp.example.net', selector: 's' }] });
    expect(report.sentence).toBe(
      'Nothing aligned with the From domain example.com: SPF for the MAIL FROM domain example.com did not pass, and the valid DKIM signature is by d=esp.example.net, not by example.com or its organisation.',
    );
  });

  it('accepts relaxed alignment of a subdomain', () => {
    const report = alignmentReport({ ...passing, spfMailFromDomain: 'bounce.example.com' }, context);
    expect(report.spf.aligned).toBe('relaxed');
  });
});

describe('checkCards', () => {
  it('makes one card per check with a sentence', () => {
    const cards = checkCards(passing, context);
    expect(cards.map((c) => c.title)).toEqual(['SPF for EHLO', 'SPF for MAIL FROM', 'Reverse DNS', 'DKIM signature', 'ARC', 'DMARC']);
    expect(cards[2]!.facts).toContainEqual({ label: 'PTR names', value: 'mail.example.com' });
    expect(cards[0]!.sentence).toBe('The SPF record of mail.example.com lists 192.0.2.10 as allowed to send mail for it, so the EHLO identity is confirmed.');
    expect(cards[5]!.alignment).toBe(alignmentReport(passing, context).sentence);
    expect(cards[5]!.sentence).toContain('DMARC passed');
    expect(cards[3]!.facts).toEqual([
      { label: 'Signing domain (d=)', value: 'example.com' },
      { label: 'Selector (s=)', value: 'demo' },
    ]);
  });

  it('explains failures with the server details', () => {
    const cards = checkCards(
      { ...passing, spfEhloResult: { '@type': 'SoftFail', details: 'x' }, dkimResults: {}, ipRevResult: { '@type': 'PermError' }, ipRevPtr: {} },
      { ...context, dkimSignatures: [] },
    );
    expect(cards[0]!.sentence).toContain('~all');
    expect(cards[0]!.details).toBe('x');
    expect(cards[2]!.sentence).toBe('192.0.2.10 has no PTR record, so the sending host has no verifiable name.');
    expect(cards.find((c) => c.key === 'dkim-none')?.sentence).toBe('The message carries no DKIM signature.');
  });
});
