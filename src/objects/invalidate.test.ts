import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateObjectType } from './invalidate';
import { objectKeys } from './keys';

function cacheWith(keys: ReadonlyArray<readonly unknown[]>) {
  const queryClient = new QueryClient();
  for (const key of keys) queryClient.setQueryData(key, 'cached');
  const stale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated ?? false;
  return { queryClient, stale };
}

describe('invalidateObjectType', () => {
  it("after a save of the spam settings, their derived thresholds read is stale, the saved entry is kept", async () => {
    const detail = objectKeys.detail('b', 'x:SpamSettings', 'singleton');
    const thresholds = objectKeys.derived('b', 'x:SpamSettings', 'singleton', 'thresholds');
    const rules = objectKeys.list('b', 'x:SpamRule');
    const { queryClient, stale } = cacheWith([detail, thresholds, rules]);

    await invalidateObjectType(queryClient, 'b', 'x:SpamSettings', { keepDetailOf: 'singleton' });

    expect(stale(thresholds)).toBe(true);
    expect(stale(detail)).toBe(false);
    expect(stale(rules)).toBe(false);
  });

  it('marks every list, other objects and derived reads of the type stale, and nothing of another account', async () => {
    const lists = [objectKeys.list('b', 'x:SpamRule'), objectKeys.list('b', 'x:SpamRule', { view: 'all:name' })];
    const other = objectKeys.detail('b', 'x:SpamRule', 'r2');
    const saved = objectKeys.detail('b', 'x:SpamRule', 'r1');
    const elsewhere = objectKeys.list('c', 'x:SpamRule');
    const { queryClient, stale } = cacheWith([...lists, other, saved, elsewhere]);

    await invalidateObjectType(queryClient, 'b', 'x:SpamRule', { keepDetailOf: 'r1' });

    expect(lists.map(stale)).toEqual([true, true]);
    expect(stale(other)).toBe(true);
    expect(stale(saved)).toBe(false);
    expect(stale(elsewhere)).toBe(false);
  });

  it('without a kept entry (a delete), marks the whole type stale', async () => {
    const detail = objectKeys.detail('b', 'x:MtaMilter', 'm1');
    const { queryClient, stale } = cacheWith([detail, objectKeys.list('b', 'x:MtaMilter')]);
    await invalidateObjectType(queryClient, 'b', 'x:MtaMilter');
    expect(stale(detail)).toBe(true);
  });
});
