// ClassifySpam and TroubleshootDmarc through the sandbox over HTTP, with the demo zone as DNS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';
import { PROJECT_ROOT } from '../sandbox';
import { realisticReply } from './classify/realistic-reply';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ dnsZones: [join(PROJECT_ROOT, 'server/demo/zones/demo.zone')] });
});
afterAll(() => sandbox.close());

const createAction = (action: Record<string, unknown>, user = 'admin') =>
  sandbox.one('x:Action/set', { accountId: ACCOUNT[user], create: { a: action } }, user);

const bulkMessage = [
  'From: Promotions <promo@example.net>',
  'To: bob@example.com',
  'Subject: Offer',
  'X-Mailer: BulkMailer 3.0',
  '',
  'Hello',
  '',
].join('\r\n');

describe('ClassifySpam', () => {
  it('runs the stored rules and scores tags from the tag table', async () => {
    const res = await createAction({
      '@type': 'ClassifySpam',
      message: bulkMessage,
      remoteIp: '192.0.2.10',
      ehloDomain: 'mail.example.com',
      envFrom: 'promo@example.net',
      envRcptTo: { 'bob@example.com': true },
    });
    const result = res.created.a;
    expect(Object.keys(result).sort()).toEqual(['result', 'score', 'tags']);
    expect(result.tags.X_MAILER_SPAMMY).toEqual({ score: 5, disposition: 'score' });
    expect(result.tags.MISSING_DATE).toBeDefined();
    const sum = Object.values(result.tags as Record<string, { score: number }>).reduce((s, t) => s + t.score, 0);
    expect(result.score).toBeCloseTo(sum, 5);
    expect(result.result).toBe(result.score >= 5 ? 'spam' : 'ham');
  });

  it('follows a rule change without a restart', async () => {
    const rules = await sandbox.one('x:SpamRule/query', { accountId: ACCOUNT.admin, filter: { name: 'X_MAILER_SPAMMY' } });
    expect(rules.ids.length).toBeGreaterThan(0);
    await sandbox.one('x:SpamRule/set', { accountId: ACCOUNT.admin, update: Object.fromEntries(rules.ids.map((id: string) => [id, { enable: false }])) });
    const res = await createAction({ '@type': 'ClassifySpam', message: bulkMessage, remoteIp: '192.0.2.10', ehloDomain: 'mail.example.com', envFrom: 'promo@example.net' });
    expect(res.created.a.tags.X_MAILER_SPAMMY).toBeUndefined();
  });

  it('calls a realistic reply ham, with a Date header and no MISSING_DATE', async () => {
    const now = new Date().toUTCString();
    const ham = realisticReply(now, now);
    const res = await createAction({
      '@type': 'ClassifySpam',
      message: ham,
      remoteIp: '192.0.2.10',
      ehloDomain: 'mail.example.com',
      envFrom: 'alice@example.com',
      envRcptTo: { 'bob@example.org': true },
    });
    const result = res.created.a;
    expect(result.result).toBe('ham');
    expect(result.score).toBe(0);
    expect(result.tags).toMatchObject({ X_HDR_DATE: { score: 0 }, FROM_HAS_DN: { score: 0 }, FROM_EQ_ENV_FROM: { score: 0 } });
    for (const wrong of ['MISSING_DATE', 'MISSING_MID', 'DATE_IN_PAST', 'FORGED_SENDER', 'SUBJ_ALL_CAPS', 'RDNS_NONE']) {
      expect(result.tags).not.toHaveProperty(wrong);
    }
  });

  it('rejects a PayPal phishing message under the demo ladder (spam at 5, reject at 15)', async () => {
    const phishing = [
      'From: "service@paypal.com" <security@paypal-account-verify.top>',
      'Reply-To: refunds@mailbox-refunds.xyz',
      'To: bob@example.org',
      'Subject: URGENT: YOUR ACCOUNT HAS BEEN LIMITED',
      'Message-ID: 8f3a9c2b1d',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'We noticed unusual activity. Restore access within 24 hours: https://bit.ly/3xYzQ',
      '',
    ].join('\r\n');
    const res = await createAction({
      '@type': 'ClassifySpam',
      message: phishing,
      remoteIp: '198.51.100.99',
      ehloDomain: 'paypal-account-verify.top',
      envFrom: 'bounce@paypal-account-verify.top',
      envRcptTo: { 'bob@example.org': true },
    });
    const result = res.created.a;
    expect(result.tags).toMatchObject({
      MISSING_DATE: { score: 1, disposition: 'score' },
      INVALID_MSGID: { score: 1.7, disposition: 'score' },
      SPOOF_DISPLAY_NAME: { score: 8, disposition: 'score' },
      SPOOF_REPLYTO: { score: 6, disposition: 'score' },
      SUBJ_ALL_CAPS: { score: 3, disposition: 'score' },
      REDIRECTOR_URL: { score: 2, disposition: 'score' },
    });
    expect(result.score).toBeGreaterThanOrEqual(15);
    expect(result.result).toBe('reject');
  });

  it('calls a message spam between the spam and reject thresholds', async () => {
    // No Date, a spoofed display name, nothing else: 1 + 8 = 9 with the demo scores.
    const spoofed = [
      'From: "ceo@example.com" <ceo.office@example.org>',
      'To: Bob Jones <bob@example.org>',
      'Subject: Quick favour',
      'Message-ID: <a1b2c3@example.org>',
      '',
      'Are you at your desk?',
      '',
    ].join('\r\n');
    const res = await createAction({
      '@type': 'ClassifySpam',
      message: spoofed,
      remoteIp: '198.51.100.20',
      ehloDomain: 'mx.example.org',
      envFrom: 'ceo.office@example.org',
      envRcptTo: { 'bob@example.org': true },
    });
    const result = res.created.a;
    expect(result.tags).toMatchObject({ MISSING_DATE: { score: 1 }, SPOOF_DISPLAY_NAME: { score: 8 } });
    expect(result.score).toBeGreaterThanOrEqual(5);
    expect(result.score).toBeLessThan(15);
    expect(result.result).toBe('spam');
  });

  it('refuses a message that cannot be parsed', async () => {
    const res = await createAction({ '@type': 'ClassifySpam', message: 'no headers here', remoteIp: '192.0.2.10', ehloDomain: 'x.example', envFrom: 'a@example.com' });
    expect(res.notCreated.a).toMatchObject({ type: 'invalidProperties', properties: ['message'] });
  });
});

describe('TroubleshootDmarc', () => {
  it('evaluates SPF and reverse DNS against the demo zone', async () => {
    const res = await createAction({
      '@type': 'TroubleshootDmarc',
      remoteIp: '192.0.2.10',
      ehloDomain: 'mail.example.com',
      mailFrom: 'alice@example.com',
      spfEhloDomain: 'mail.example.com',
      spfMailFromDomain: 'example.com',
    });
    const result = res.created.a;
    expect(result.spfMailFromResult).toEqual({ '@type': 'Pass' });
    expect(result.ipRevResult).toEqual({ '@type': 'Pass' });
    expect(result.ipRevPtr).toEqual({ 'mail.example.com.': true });
    expect(result).not.toHaveProperty('remoteIp');
  });

  it('fails SPF for an address the domain does not allow', async () => {
    const res = await createAction({
      '@type': 'TroubleshootDmarc',
      remoteIp: '203.0.113.66',
      ehloDomain: 'bad.example',
      mailFrom: 'alice@example.com',
      spfEhloDomain: 'bad.example',
      spfMailFromDomain: 'example.com',
    });
    expect(res.created.a.spfMailFromResult['@type']).toBe('Fail');
  });

  it('needs the per-action permission', async () => {
    const [[name, args]] = await sandbox.call(
      [['x:Action/set', { accountId: ACCOUNT.viewer, create: { a: { '@type': 'TroubleshootDmarc', remoteIp: '192.0.2.10', ehloDomain: 'a.example', mailFrom: 'a@example.com', spfEhloDomain: 'a.example', spfMailFromDomain: 'example.com' } } }, '0']],
      'viewer',
    );
    expect(name).toBe('error');
    expect(args.type).toBe('forbidden');
  });
});
