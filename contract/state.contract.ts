// Registry objects keep no state: the console must never rely on state or ifInState.
import { describe, expect, it } from 'vitest';
import { ok } from './support/client';

describe('no state on registry objects', () => {
  it('answers /get without a state', async () => {
    const res = await ok('x:MtaMilter/get', { ids: [] });
    expect(res).not.toHaveProperty('state');
    expect(res.list).toEqual([]);
  });

  it('answers /query with queryState "n" and canCalculateChanges true', async () => {
    const res = await ok('x:SpamRule/query', { limit: 1 });
    expect(res).toMatchObject({ queryState: 'n', canCalculateChanges: true, position: 0 });
  });
});
