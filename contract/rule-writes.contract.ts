// Writes on spam rules: names are stored upper-cased without spaces, the name filter is an
// exact match, @type is required. Every rule created here is disabled, carries this run's
// prefix and is removed afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { ok } from './support/client';
import { RUN_PREFIX, remember, removeCreated } from './support/created-objects';
import { contractOptions } from './support/options';

const NAME = `${RUN_PREFIX} rule`;
const STORED = `${RUN_PREFIX.toUpperCase()}RULE`;

async function createRule(object: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await ok('x:SpamRule/set', { create: { r: { enable: false, condition: { else: 'false' }, ...object } } });
  if (res.created?.r?.id) remember('x:SpamRule', res.created.r.id);
  return res;
}

describe.skipIf(!contractOptions().allowWrites)('spam rule writes (--allow-writes)', () => {
  afterAll(async () => {
    expect(await removeCreated()).toEqual([]);
  });

  it('stores the name upper-cased with spaces removed, and finds it only by the exact name', async () => {
    const res = await createRule({ '@type': 'Any', name: NAME });
    expect(res.created.r).toEqual({ id: expect.any(String) });
    const id = res.created.r.id;
    expect((await ok('x:SpamRule/get', { ids: [id], properties: ['name'] })).list).toEqual([{ id, name: STORED }]);
    expect((await ok('x:SpamRule/query', { filter: { name: STORED } })).ids).toEqual([id]);
    expect((await ok('x:SpamRule/query', { filter: { name: STORED.slice(0, -2) } })).ids).toEqual([]);
    expect((await ok('x:SpamRule/query', { filter: { name: STORED.toLowerCase() } })).ids).toEqual([]);
  });

  it('refuses a rule without @type with invalidPatch', async () => {
    const res = await createRule({ name: `${NAME} untyped` });
    expect(res.notCreated.r.type).toBe('invalidPatch');
  });

  it('refuses an expression that does not compile with validationFailed, the message in validationErrors', async () => {
    const res = await createRule({ '@type': 'Any', name: `${NAME} bad`, condition: { match: { '0': { if: 'postmaster_no_such_variable == 1', then: "'X'" } }, else: 'false' } });
    const error = res.notCreated.r;
    expect(error).toMatchObject({ type: 'validationFailed', properties: ['condition'] });
    expect(error.validationErrors[0]).toMatchObject({ type: 'Invalid', property: 'condition', value: expect.stringContaining('postmaster_no_such_variable') });
  });

  it('gives Invalid, not Required, for a match without else', async () => {
    const res = await createRule({ '@type': 'Any', name: `${NAME} noelse`, condition: { match: { '0': { if: 'true', then: "'X'" } } } });
    expect(res.notCreated.r.validationErrors[0]).toMatchObject({ type: 'Invalid', property: 'condition' });
  });
});
