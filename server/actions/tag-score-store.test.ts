// ClassifySpam over HTTP takes every score and disposition from the x:SpamTag objects, looking a
// tag up as a real server does: an exact entry first, else the first pattern that matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ queue: 0 });
});
afterAll(() => sb.close());

const bulk = ['From: Promotions <promo@example.net>', 'To: bob@example.com', 'Subject: Offer', 'X-Mailer: BulkMailer 3.0', '', 'Hello', ''].join('\r\n');

const classify = async () =>
  (await sb.one('x:Action/set', {
    accountId: ACCOUNT.admin,
    create: { a: { '@type': 'ClassifySpam', message: bulk, remoteIp: '192.0.2.10', ehloDomain: 'mail.example.com', envFrom: 'promo@example.net' } },
  })).created.a;

const setTags = (args: Record<string, unknown>) => sb.one('x:SpamTag/set', { accountId: ACCOUNT.admin, ...args });
const tagId = async (tag: string) => (await sb.one('x:SpamTag/query', { accountId: ACCOUNT.admin, filter: { tag } })).ids[0] as string;

describe('ClassifySpam scores from x:SpamTag', () => {
  it('discards a message whose tag is a Discard entry', async () => {
    const id = await tagId('X_MAILER_SPAMMY');
    await setTags({ update: { [id]: { '@type': 'Discard', tag: 'X_MAILER_SPAMMY' } } });
    const result = await classify();
    expect(result.tags.X_MAILER_SPAMMY).toEqual({ score: 0, disposition: 'discard' });
    expect(result.result).toBe('discard');
    await setTags({ update: { [id]: { '@type': 'Score', tag: 'X_MAILER_SPAMMY', score: 5 } } });
    expect((await classify()).tags.X_MAILER_SPAMMY).toEqual({ score: 5, disposition: 'score' });
  });

  it('scores a tag without an entry 0, by a pattern entry when one matches, and by its exact entry first', async () => {
    const id = await tagId('X_MAILER_SPAMMY');
    await setTags({ destroy: [id] });
    expect((await classify()).tags.X_MAILER_SPAMMY).toEqual({ score: 0, disposition: 'score' });

    const pattern = await setTags({ create: { p: { '@type': 'Score', tag: 'X_MAILER_*', score: 2.5 } } });
    expect(pattern.created.p.id).toBeTruthy();
    expect((await classify()).tags.X_MAILER_SPAMMY).toEqual({ score: 2.5, disposition: 'score' });

    await setTags({ create: { e: { '@type': 'Score', tag: 'X_MAILER_SPAMMY', score: 4 } } });
    expect((await classify()).tags.X_MAILER_SPAMMY).toEqual({ score: 4, disposition: 'score' });

    // A Reject pattern decides the message like a Reject entry.
    await setTags({ update: { [pattern.created.p.id]: { '@type': 'Reject', tag: 'X_MAI?ER_*' } }, destroy: [await tagId('X_MAILER_SPAMMY')] });
    const rejected = await classify();
    expect(rejected.tags.X_MAILER_SPAMMY).toEqual({ score: 0, disposition: 'reject' });
    expect(rejected.result).toBe('reject');
  });
});
