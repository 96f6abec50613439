import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { objectKeyOf, objectKeys } from './keys';

describe('objectKeys', () => {
  it('are objects from general to specific: a partial key finds everything under it', () => {
    const queryClient = new QueryClient();
    const list = objectKeys.list('A', 'x:SpamRule', { filter: { name: 'X' }, limit: 50 });
    const detail = objectKeys.detail('A', 'x:SpamRule', 'r1');
    const derived = objectKeys.derived('A', 'x:SpamRule', 'r1', 'condition');
    const milter = objectKeys.detail('A', 'x:MtaMilter', 'm1');
    for (const key of [list, detail, derived, milter]) queryClient.setQueryData(key, 1);
    const found = (prefix: readonly unknown[]) => queryClient.getQueriesData({ queryKey: prefix }).map(([key]) => key);

    expect(found(objectKeys.all('A'))).toHaveLength(4);
    expect(found(objectKeys.type('A', 'x:SpamRule'))).toEqual(expect.arrayContaining([list, detail, derived]));
    expect(found(objectKeys.type('A', 'x:SpamRule'))).toHaveLength(3);
    expect(found(objectKeys.lists('A', 'x:SpamRule'))).toEqual([list]);
    expect(found(objectKeys.details('A', 'x:SpamRule'))).toHaveLength(2);
    expect(found(objectKeys.detail('A', 'x:SpamRule', 'r1'))).toHaveLength(2);
    expect(found(objectKeys.all('B'))).toEqual([]);
  });

  it('fill in missing list parameters so equivalent lists share one entry', () => {
    expect(objectKeys.list('A', 'x:SpamRule', {})).toEqual(objectKeys.list('A', 'x:SpamRule', { filter: {}, sort: [], position: 0 }));
  });

  it('read back by name', () => {
    expect(objectKeyOf(objectKeys.detail('A', 'x:SpamRule', 'r1'))).toMatchObject({ type: 'x:SpamRule', kind: 'detail', id: 'r1' });
    expect(objectKeyOf(['other', 1])).toBeUndefined();
  });
});
