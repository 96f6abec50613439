// x:SpamTag over HTTP: the three variants, the server's validation and index, and ClassifySpam
// scoring with what the objects say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
let demo: TestSandbox;
beforeAll(async () => {
  [sb, demo] = await Promise.all([startTestSandbox({ demo: false }), startTestSandbox({ queue: 0 })]);
});
afterAll(async () => {
  await Promise.all([sb.close(), demo.close()]);
});

const create = (object: Record<string, unknown>) => sb.one('x:SpamTag/set', { create: { t: object } });
const get = async (id: string) => (await sb.one('x:SpamTag/get', { ids: [id] })).list[0];

describe('x:SpamTag', () => {
  it('creates each variant; a tag name is stored upper-cased without spaces, a score defaults to 0', async () => {
    const score = await create({ '@type': 'Score', tag: 'my tag' });
    expect(score.created.t).toEqual({ id: expect.any(String) });
    expect(await get(score.created.t.id)).toEqual({ id: score.created.t.id, '@type': 'Score', tag: 'MYTAG', score: 0 });
    for (const type of ['Discard', 'Reject']) {
      const res = await create({ '@type': type, tag: `${type}_me` });
      expect(await get(res.created.t.id)).toEqual({ id: res.created.t.id, '@type': type, tag: `${type.toUpperCase()}_ME` });
    }
  });

  it('requires a tag, keeps the score within ±999999 and refuses a score on a Discard tag', async () => {
    const missing = await create({ '@type': 'Score', score: 1 });
    expect(missing.notCreated.t.validationErrors).toEqual([{ type: 'Required', property: 'tag' }]);
    const tooHigh = await create({ '@type': 'Score', tag: 'TOO_HIGH', score: 1_000_000 });
    expect(tooHigh.notCreated.t.validationErrors).toEqual([{ type: 'MaxValue', property: 'score', required: 999999 }]);
    const tooLow = await create({ '@type': 'Score', tag: 'TOO_LOW', score: -1_000_000 });
    expect(tooLow.notCreated.t.validationErrors).toEqual([{ type: 'MinValue', property: 'score', required: -999999 }]);
    const scored = await create({ '@type': 'Discard', tag: 'DISCARD_SCORED', score: 3 });
    expect(scored.notCreated.t).toMatchObject({ properties: ['score'] });
  });

  it('keeps tag names unique (primaryKeyViolation), after the rewrite', async () => {
    const first = await create({ '@type': 'Score', tag: 'UNIQUE_TAG', score: 1 });
    const second = await create({ '@type': 'Reject', tag: 'unique_tag' });
    expect(second.notCreated.t).toMatchObject({ type: 'primaryKeyViolation', properties: ['tag'], objectId: first.created.t.id });
  });

  it('updates a score, and turns a Score tag into a Reject tag', async () => {
    const id = (await create({ '@type': 'Score', tag: 'EDITED', score: 1 })).created.t.id;
    expect((await sb.one('x:SpamTag/set', { update: { [id]: { score: 2.5 } } })).updated).toEqual({ [id]: null });
    expect(await get(id)).toMatchObject({ score: 2.5 });
    const switched = await sb.one('x:SpamTag/set', { update: { [id]: { '@type': 'Reject', tag: 'EDITED' } } });
    expect(switched.updated).toEqual({ [id]: null });
    expect(await get(id)).toEqual({ id, '@type': 'Reject', tag: 'EDITED' });
  });

  it('filters by exact tag and sorts by tag or id only', async () => {
    for (const tag of ['Q_B', 'Q_A', 'Q_C']) await create({ '@type': 'Score', tag, score: 1 });
    const tags = async (filter: Record<string, unknown> | null, sort?: unknown) => {
      const ids = (await sb.one('x:SpamTag/query', { filter, sort })).ids;
      return (await sb.one('x:SpamTag/get', { ids, properties: ['tag'] })).list.map((t: { tag: string }) => t.tag);
    };
    expect(await tags({ tag: 'Q_A' })).toEqual(['Q_A']);
    expect(await tags({ tag: 'Q_' })).toEqual([]);
    expect(await tags({ tag: 'q_a' })).toEqual([]);
    const sorted = await tags(null, [{ property: 'tag', isAscending: false }]);
    expect(sorted.filter((t: string) => t.startsWith('Q_'))).toEqual(['Q_C', 'Q_B', 'Q_A']);
    const [[, scoreFilter]] = await sb.call([['x:SpamTag/query', { accountId: ACCOUNT.admin, filter: { score: 1 } }, '0']]);
    expect(scoreFilter.type).toBe('unsupportedFilter');
    const [[, scoreSort]] = await sb.call([['x:SpamTag/query', { accountId: ACCOUNT.admin, sort: [{ property: 'score' }] }, '0']]);
    expect(scoreSort).toEqual({ type: 'unsupportedSort', description: 'Property score is not supported for sorting' });
  });

  it('lets the support role read the tags but not change them', async () => {
    const ids = (await demo.one('x:SpamTag/query', { accountId: ACCOUNT.support, filter: { tag: 'X_MAILER_SPAMMY' } }, 'support')).ids;
    expect(ids).toHaveLength(1);
    const [[name, refused]] = await demo.call([['x:SpamTag/set', { accountId: ACCOUNT.support, update: { [ids[0]]: { score: 1 } } }, '0']], 'support');
    expect(name).toBe('error');
    expect(refused.type).toBe('forbidden');
  });
});

describe('ClassifySpam with x:SpamTag', () => {
  const bulk = ['From: Promotions <promo@example.net>', 'To: bob@example.com', 'Subject: Offer', 'X-Mailer: BulkMailer 3.0', '', 'Hello', ''].join('\r\n');
  const classify = async () =>
    (await demo.one('x:Action/set', {
      accountId: ACCOUNT.admin,
      create: { a: { '@type': 'ClassifySpam', message: bulk, remoteIp: '192.0.2.10', ehloDomain: 'mail.example.com', envFrom: 'promo@example.net' } },
    })).created.a;

  it('scores a tag with its edited score, and a Reject tag rejects the message', async () => {
    const [id] = (await demo.one('x:SpamTag/query', { accountId: ACCOUNT.admin, filter: { tag: 'X_MAILER_SPAMMY' } })).ids;
    expect((await classify()).tags.X_MAILER_SPAMMY).toEqual({ score: 5, disposition: 'score' });
    await demo.one('x:SpamTag/set', { accountId: ACCOUNT.admin, update: { [id]: { score: 0.25 } } });
    expect((await classify()).tags.X_MAILER_SPAMMY).toEqual({ score: 0.25, disposition: 'score' });
    await demo.one('x:SpamTag/set', { accountId: ACCOUNT.admin, update: { [id]: { '@type': 'Reject', tag: 'X_MAILER_SPAMMY' } } });
    const rejected = await classify();
    expect(rejected.tags.X_MAILER_SPAMMY).toEqual({ score: 0, disposition: 'reject' });
    expect(rejected.result).toBe('reject');
  });
});
