// Writes on milters: created answers only the id, the server normalises, ifInState is ignored,
// Set members sent as false are dropped, bad destroy ids are dropped. Every milter created here
// is disabled, carries this run's prefix and is removed afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { call, getSession, ok } from './support/client';
import { RUN_PREFIX, forget, remember, removeCreated } from './support/created-objects';
import { contractOptions } from './support/options';

const OFF = { else: 'false' };
const hostname = (n: number) => `${RUN_PREFIX}-${n}.invalid`;

async function createMilter(object: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await ok('x:MtaMilter/set', { create: { m: { enable: OFF, ...object } } });
  if (res.created?.m?.id) remember('x:MtaMilter', res.created.m.id);
  return res;
}

const readMilter = async (id: string) => (await ok('x:MtaMilter/get', { ids: [id] })).list[0];

describe.skipIf(!contractOptions().allowWrites)('milter writes (--allow-writes)', () => {
  afterAll(async () => {
    expect(await removeCreated()).toEqual([]);
  });

  it('answers created with the id only; defaults are read back with /get', async () => {
    const res = await createMilter({ hostname: `  ${hostname(1)}  `, stages: { data: true, rcpt: false } });
    expect(res.created.m).toEqual({ id: expect.any(String) });
    expect(res).not.toHaveProperty('newState');
    const stored = await readMilter(res.created.m.id);
    // Trimmed, and the member sent as false dropped.
    expect(stored).toMatchObject({ hostname: hostname(1), stages: { data: true } });
    expect(stored).toHaveProperty('port');
  });

  it('reads back a creation in the same request through a creation reference', async () => {
    const { accountId } = await getSession();
    const [[, created], [, read]] = await call([
      ['x:MtaMilter/set', { accountId, create: { fresh: { hostname: hostname(2), enable: OFF } } }, '0'],
      ['x:MtaMilter/get', { accountId, ids: ['#fresh'], properties: ['hostname'] }, '1'],
    ]);
    if (created.created?.fresh?.id) remember('x:MtaMilter', created.created.fresh.id);
    expect(read.list).toEqual([{ id: created.created.fresh.id, hostname: hostname(2) }]);
  });

  it('ignores a well-formed ifInState and removes a Set member patched to false', async () => {
    const id = (await createMilter({ hostname: hostname(3), stages: { data: true, rcpt: true } })).created.m.id;
    const res = await ok('x:MtaMilter/set', { ifInState: 'n', update: { [id]: { 'stages/rcpt': false, port: 2525 } } });
    expect(res.updated).toEqual({ [id]: null });
    expect(await readMilter(id)).toMatchObject({ stages: { data: true }, port: 2525 });
  });

  it('refuses "" for a string with invalidPatch and an array for a Set', async () => {
    const empty = await createMilter({ hostname: '' });
    expect(empty.notCreated.m).toMatchObject({ type: 'invalidPatch', properties: ['hostname'] });
    const array = await createMilter({ hostname: hostname(4), stages: ['data'] });
    expect(array.notCreated.m).toMatchObject({ type: 'invalidPatch', properties: ['stages'] });
  });

  it('destroys its own milter and silently drops an id that does not parse', async () => {
    const id = (await createMilter({ hostname: hostname(5) })).created.m.id;
    const res = await ok('x:MtaMilter/set', { destroy: [id, 'not/an id'] });
    expect(res.destroyed).toEqual([id]);
    expect(res.notDestroyed ?? {}).toEqual({});
    forget('x:MtaMilter', id);
  });
});
