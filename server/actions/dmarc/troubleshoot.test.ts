import { sealMessage } from 'mailauth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DnsResolver } from '../dns/dns-resolver';
import { parseZone } from '../dns/zone-parser';
import { createZoneResolver } from '../dns/zone-resolver';
import { makeDkimKey, quotedTxt, signMessage } from './test-support';
import { troubleshootDmarc } from './troubleshoot';
import type { TroubleshootDmarcInput, TroubleshootDmarcOutcome } from './troubleshoot-types';

let resolver: DnsResolver;
let key: { privateKey: string; dnsValue: string };
let otherKey: { privateKey: string; dnsValue: string };

beforeAll(() => {
  key = makeDkimKey();
  otherKey = makeDkimKey();
  const zone = `
$ORIGIN example.com.
$TTL 300
@               TXT "v=spf1 ip4:192.0.2.0/24 -all"
@               TXT "google-site-verification=unrelated"
_dmarc          TXT "v=DMARC1; p=reject; adkim=r; aspf=r"
sel._domainkey  TXT ${quotedTxt(key.dnsValue)}
mail            A    192.0.2.10
                AAAA 2001:db8::10
                TXT  "v=spf1 a -all"
nospf           A    192.0.2.11
$ORIGIN example.org.
@               TXT "v=spf1 ip4:198.51.100.0/24 ~all"
_dmarc          TXT "v=DMARC1; p=quarantine"
sel._domainkey  TXT ${quotedTxt(otherKey.dnsValue)}
mx              A   198.51.100.20
$ORIGIN example.net.
@               TXT "v=spf1 ?all"
_dmarc          TXT "v=DMARC1; p=none"
$ORIGIN 2.0.192.in-addr.arpa.
10              PTR mail.example.com.
$ORIGIN 100.51.198.in-addr.arpa.
20              PTR mx.example.org.
66              PTR spoof.example.org.
$ORIGIN 0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa.
@               PTR mail.example.com.
`;
  resolver = createZoneResolver(parseZone(zone));
});

const message = (from: string, body = 'Hello Bob,\r\n\r\nSee you at noon.\r\n') =>
  [
    `From: Alice <${from}>`,
    'To: bob@example.net',
    'Subject: Lunch',
    'Date: Mon, 6 Apr 2026 10:00:00 +0000',
    `Message-ID: <lunch-1@${from.split('@')[1]}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n');

const base: TroubleshootDmarcInput = {
  remoteIp: '192.0.2.10',
  ehloDomain: 'mail.example.com',
  mailFrom: 'alice@example.com',
  to: { 'bob@example.net': true },
  message: null,
  spfEhloDomain: 'mail.example.com',
  spfMailFromDomain: 'example.com',
};

async function run(input: Partial<TroubleshootDmarcInput>) {
  const outcome: TroubleshootDmarcOutcome = await troubleshootDmarc({ ...base, ...input }, resolver);
  if (!outcome.ok) throw new Error(`unexpected error ${JSON.stringify(outcome.error)}`);
  return outcome;
}

describe('troubleshootDmarc: everything passes', () => {
  it('returns the wire shape with all results', async () => {
    const signed = await signMessage(message('alice@example.com'), 'example.com', 'sel', key.privateKey);
    const { result, alignment } = await run({ message: signed });
    const { elapsed, ...rest } = result;
    expect(Number.isInteger(elapsed)).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(0);
    expect(rest).toEqual({
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
    });
    expect(alignment).toEqual({
      fromDomain: 'example.com',
      spf: 'example.com',
      dkim: 'example.com',
      summary: 'SPF aligned: example.com; DKIM aligned: d=example.com',
    });
  });

  it('accepts a message pasted with bare LF line endings', async () => {
    const signed = await signMessage(message('alice@example.com'), 'example.com', 'sel', key.privateKey);
    const { result } = await run({ message: signed.replace(/\r\n/g, '\n') });
    expect(result.dkimResults).toEqual({ '0': { '@type': 'Pass' } });
  });
});

describe('troubleshootDmarc: SPF', () => {
  it('fails for a -all domain and an unlisted IP', async () => {
    const { result } = await run({ remoteIp: '203.0.113.5' });
    expect(result.spfMailFromResult['@type']).toBe('Fail');
    expect(result.spfMailFromResult).toHaveProperty('details', expect.stringContaining('does not designate 203.0.113.5'));
    expect(result.spfMailFromResult).toHaveProperty('details', expect.stringContaining('v=spf1 ip4:192.0.2.0/24 -all'));
  });

  it('soft-fails for a ~all domain', async () => {
    const { result } = await run({ remoteIp: '203.0.113.5', mailFrom: 'bob@example.org', spfMailFromDomain: 'example.org' });
    expect(result.spfMailFromResult['@type']).toBe('SoftFail');
  });

  it('is neutral for ?all and none without a record', async () => {
    const { result } = await run({
      remoteIp: '203.0.113.5',
      spfMailFromDomain: 'example.net',
      spfEhloDomain: 'nospf.example.com',
    });
    expect(result.spfMailFromResult['@type']).toBe('Neutral');
    expect(result.spfEhloResult).toEqual({ '@type': 'None' });
  });

  it('checks the EHLO and MAIL FROM domains separately', async () => {
    const { result } = await run({ remoteIp: '198.51.100.20', ehloDomain: 'mx.example.org', spfEhloDomain: 'example.org' });
    expect(result.spfEhloResult).toEqual({ '@type': 'Pass' });
    expect(result.spfMailFromResult['@type']).toBe('Fail');
    expect(result.spfEhloDomain).toBe('example.org');
  });
});

describe('troubleshootDmarc: reverse DNS', () => {
  it('passes with the PTR names as a set', async () => {
    const { result } = await run({ remoteIp: '198.51.100.20' });
    expect(result.ipRevResult).toEqual({ '@type': 'Pass' });
    expect(result.ipRevPtr).toEqual({ 'mx.example.org.': true });
  });

  it('passes for IPv6', async () => {
    const { result } = await run({ remoteIp: '2001:DB8::10' });
    expect(result.ipRevResult).toEqual({ '@type': 'Pass' });
    expect(result.ipRevPtr).toEqual({ 'mail.example.com.': true });
  });

  it('fails when the PTR name does not resolve back', async () => {
    const { result } = await run({ remoteIp: '198.51.100.66' });
    expect(result.ipRevResult['@type']).toBe('Fail');
    expect(result.ipRevResult).toHaveProperty('details', expect.stringContaining('spoof.example.org'));
    expect(result.ipRevPtr).toEqual({ 'spoof.example.org.': true });
  });

  it('is a permanent error without a PTR record', async () => {
    const { result } = await run({ remoteIp: '203.0.113.99' });
    expect(result.ipRevResult).toEqual({ '@type': 'PermError', details: 'no PTR record for 203.0.113.99' });
    expect(result.ipRevPtr).toEqual({});
  });
});

describe('troubleshootDmarc: DKIM', () => {
  it('fails when the body was altered after signing', async () => {
    const signed = await signMessage(message('alice@example.com'), 'example.com', 'sel', key.privateKey);
    const { result } = await run({ message: signed.replace('noon', 'one') });
    expect(result.dkimResults['0']['@type']).toBe('Fail');
    expect(result.dkimResults['0']).toHaveProperty('details', 'd=example.com s=sel: body hash did not verify');
    expect(result.dkimPass).toBe(false);
  });

  it('fails when a signed header was altered', async () => {
    const signed = await signMessage(message('alice@example.com'), 'example.com', 'sel', key.privateKey);
    const { result } = await run({ message: signed.replace('Subject: Lunch', 'Subject: Dinner') });
    expect(result.dkimResults['0']).toEqual({ '@type': 'Fail', details: 'd=example.com s=sel: bad signature' });
  });

  it('reports a permanent error when the key is not published', async () => {
    const signed = await signMessage(message('alice@example.com'), 'example.com', 'missing', key.privateKey);
    const { result } = await run({ message: signed });
    expect(result.dkimResults['0']).toEqual({ '@type': 'PermError', details: 'd=example.com s=missing: no key' });
    expect(result.dkimPass).toBe(false);
  });

  it('lists one result per signature', async () => {
    const once = await signMessage(message('alice@example.com'), 'example.com', 'sel', key.privateKey);
    const twice = await signMessage(once, 'example.org', 'sel', key.privateKey);
    const { result } = await run({ message: twice });
    // The example.org key is a different one, so that signature cannot verify.
    expect(result.dkimResults).toEqual({
      '0': { '@type': 'Fail', details: 'd=example.org s=sel: bad signature' },
      '1': { '@type': 'Pass' },
    });
    expect(result.dkimPass).toBe(true);
  });

  it('gives an empty list for an unsigned message', async () => {
    const { result } = await run({ message: message('alice@example.com') });
    expect(result.dkimResults).toEqual({});
    expect(result.dkimPass).toBe(false);
  });
});

describe('troubleshootDmarc: DMARC', () => {
  it('passes on SPF alignment alone', async () => {
    const { result, alignment } = await run({ message: message('alice@example.com') });
    expect(result.dmarcResult).toEqual({ '@type': 'Pass' });
    expect(alignment.summary).toBe('SPF aligned: example.com; DKIM not aligned: no valid signature');
  });

  it('passes on DKIM alignment alone', async () => {
    const signed = await signMessage(message('carol@example.org'), 'example.org', 'sel', otherKey.privateKey);
    const { result, alignment } = await run({ message: signed, remoteIp: '203.0.113.5' });
    expect(result.spfMailFromResult['@type']).toBe('Fail');
    expect(result.dmarcResult).toEqual({ '@type': 'Pass' });
    expect(result.dmarcPolicy).toBe('quarantine');
    expect(alignment).toMatchObject({ spf: null, dkim: 'example.org' });
    expect(alignment.summary).toBe('SPF not aligned: SPF did not pass; DKIM aligned: d=example.org');
  });

  it('fails under p=reject when neither identifier aligns', async () => {
    // SPF passes for example.org and the signature is valid for example.org, but From is example.com.
    const signed = await signMessage(message('alice@example.com'), 'example.org', 'sel', otherKey.privateKey);
    const { result } = await run({
      message: signed,
      remoteIp: '198.51.100.20',
      mailFrom: 'bounce@example.org',
      spfMailFromDomain: 'example.org',
    });
    expect(result.spfMailFromResult).toEqual({ '@type': 'Pass' });
    expect(result.dkimPass).toBe(true);
    expect(result.dmarcPass).toBe(false);
    expect(result.dmarcPolicy).toBe('reject');
    expect(result.dmarcResult).toEqual({
      '@type': 'Fail',
      details:
        'From domain example.com (p=reject): SPF not aligned: example.org passed but does not match example.com (relaxed); ' +
        'DKIM not aligned: d=example.org does not match example.com (relaxed)',
    });
  });

  it('reports p=none and the None result without a record', async () => {
    const none = await run({ message: message('dave@example.net') });
    expect(none.result.dmarcPolicy).toBe('none');
    expect(none.result.dmarcResult['@type']).toBe('Fail');
    const missing = await run({ message: message('eve@nospf.example.com') });
    // nospf.example.com falls back to the organisational record of example.com.
    expect(missing.result.dmarcPolicy).toBe('reject');
    const unknown = await run({ message: message('frank@unknown.example') });
    expect(unknown.result.dmarcResult).toEqual({ '@type': 'None' });
    expect(unknown.result.dmarcPolicy).toBe('unspecified');
  });
});

describe('troubleshootDmarc: ARC', () => {
  it('passes a valid sealed chain and fails a broken one', async () => {
    const original = message('alice@example.com');
    const seal = await sealMessage(Buffer.from(original), {
      signingDomain: 'example.com',
      selector: 'sel',
      privateKey: key.privateKey,
      authResults: 'mail.example.com; spf=pass smtp.mailfrom=example.com',
      cv: 'none',
    } as Parameters<typeof sealMessage>[1]);
    const sealed = seal.toString() + original;
    const good = await run({ message: sealed });
    expect(good.result.arcResult).toEqual({ '@type': 'Pass' });
    const bad = await run({ message: sealed.replace('noon', 'one') });
    expect(bad.result.arcResult['@type']).toBe('Fail');
  });
});

describe('troubleshootDmarc: without a message and with bad input', () => {
  it('checks only SPF and reverse DNS', async () => {
    const { result } = await run({ message: null });
    expect(result.spfMailFromResult).toEqual({ '@type': 'Pass' });
    expect(result.dkimResults).toEqual({});
    expect(result.arcResult).toEqual({ '@type': 'None' });
    expect(result.dmarcResult).toEqual({ '@type': 'None' });
    expect(result.dmarcPolicy).toBe('unspecified');
    expect(result.dmarcPass).toBe(false);
  });

  it('refuses a message that cannot be parsed', async () => {
    for (const bad of ['just some text without headers', 'Subject: no body separator', '']) {
      const outcome = await troubleshootDmarc({ ...base, message: bad }, resolver);
      expect(outcome).toEqual({
        ok: false,
        error: {
          type: 'invalidProperties',
          description: 'Failed to parse the message for DMARC troubleshooting',
          properties: ['message'],
        },
      });
    }
  });

  it('refuses a remote IP that is not an address', async () => {
    const outcome = await troubleshootDmarc({ ...base, remoteIp: 'mail.example.com' }, resolver);
    expect(outcome).toMatchObject({ ok: false, error: { type: 'invalidProperties', properties: ['remoteIp'] } });
  });
});
