import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../http/test-harness';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ demo: false, limits: { maxConcurrentRequests: 50 } });
});
afterAll(() => sb.close());

describe('concurrent writes', () => {
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
