// /query as the console uses it: AND-only filters, sorting only by indexed properties, paging.
import { describe, expect, it } from 'vitest';
import { methodError, ok } from './support/client';

describe('query', () => {
  it('refuses OR and NOT filters with unsupportedFilter', async () => {
    for (const operator of ['OR', 'NOT']) {
      const error = await methodError('x:SpamRule/query', { filter: { operator, conditions: [{ name: 'A' }] } });
      expect(error.type).toBe('unsupportedFilter');
    }
  });

  it('accepts an explicit AND filter', async () => {
    const res = await ok('x:SpamRule/query', { filter: { operator: 'AND', conditions: [{ name: 'POSTMASTER_CONTRACT_NO_SUCH_RULE' }] } });
    expect(res.ids).toEqual([]);
  });

  it('refuses a filter on a property that is not indexed', async () => {
    expect((await methodError('x:MtaMilter/query', { filter: { hostname: 'x' } })).type).toBe('unsupportedFilter');
  });

  it('sorts spam rules by name or id, and refuses priority', async () => {
    for (const property of ['name', 'id']) await ok('x:SpamRule/query', { sort: [{ property, isAscending: true }], limit: 1 });
    expect((await methodError('x:SpamRule/query', { sort: [{ property: 'priority', isAscending: true }] })).type).toBe('unsupportedSort');
    expect((await methodError('x:MtaMilter/query', { sort: [{ property: 'hostname', isAscending: true }] })).type).toBe('unsupportedSort');
  });

  it('sorts queued messages only by due', async () => {
    await ok('x:QueuedMessage/query', { sort: [{ property: 'due', isAscending: true }], limit: 1 });
    expect((await methodError('x:QueuedMessage/query', { sort: [{ property: 'size', isAscending: true }] })).type).toBe('unsupportedSort');
  });

  it('reports limit when the total exceeds it', async (ctx) => {
    const all = await ok('x:SpamRule/query', { calculateTotal: true });
    if (all.total < 2) ctx.skip();
    const page = await ok('x:SpamRule/query', { limit: 1, calculateTotal: true });
    expect(page).toMatchObject({ limit: 1, total: all.total });
    expect(page.ids).toHaveLength(1);
  });
});
