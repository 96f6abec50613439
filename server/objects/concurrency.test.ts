import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, USING, startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false, limits: { maxConcurrentRequests: 50 } });
});
afterAll(() => sb.close());

describe('concurrent writes', () => {
  it('lets exactly one of 20 parallel ifInState updates win per state', async () => {
    const id = (await sb.one('x:MtaMilter/set', { create: { m: { hostname: 'race.example' } } })).created.m.id;
    const state = (await sb.one('x:MtaMilter/get', { ids: [id] })).state;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sb.post({ using: USING, methodCalls: [['x:MtaMilter/set', { accountId: ACCOUNT.admin, ifInState: state, update: { [id]: { port: 1000 + i } } }, '0']] }),
      ),
    );
    const responses = results.map((r) => r.body.methodResponses[0]);
    const winners = responses.filter(([name]) => name === 'x:MtaMilter/set');
    const losers = responses.filter(([name, body]) => name === 'error' && body.type === 'stateMismatch');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    const winningPort = 1000 + responses.findIndex(([name]) => name === 'x:MtaMilter/set');
    expect((await sb.one('x:MtaMilter/get', { ids: [id] })).list[0].port).toBe(winningPort);
  });

  it('serializes parallel unguarded patches so none is lost', async () => {
    const id = (await sb.one('x:MtaMilter/set', { create: { m: { hostname: 'merge.example' } } })).created.m.id;
    const stages = ['connect', 'ehlo', 'auth', 'mail', 'rcpt'];
    await Promise.all(stages.map((s) => sb.one('x:MtaMilter/set', { update: { [id]: { [`stages/${s}`]: true } } })));
    const stored = (await sb.one('x:MtaMilter/get', { ids: [id] })).list[0];
    expect(Object.keys(stored.stages).sort()).toEqual([...stages, 'data'].sort());
  });

  it('keeps SpamRule names unique under parallel creation', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        sb.one('x:SpamRule/set', { create: { r: { '@type': 'Any', name: 'RACE_NAME', condition: { else: 'false' } } } }),
      ),
    );
    expect(results.filter((r) => r.created.r).length).toBe(1);
    expect(results.filter((r) => r.notCreated.r?.type === 'primaryKeyViolation').length).toBe(9);
  });
});
