// ClassifySpam and TroubleshootDmarc through the sandbox over HTTP, with the demo zone as DNS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';
import { PROJECT_ROOT } from '../sandbox';

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
