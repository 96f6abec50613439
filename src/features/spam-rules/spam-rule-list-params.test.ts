import { describe, expect, it } from 'vitest';
import { readRuleListParams, writeRuleListParams } from './spam-rule-list-params';

describe('rule list URL parameters', () => {
  it('defaults to the first page, newest first, without a filter', () => {
    expect(readRuleListParams(new URLSearchParams(''))).toEqual({ name: '', sort: 'id', ascending: false, page: 1 });
    expect(writeRuleListParams({ name: '', sort: 'id', ascending: false, page: 1 })).toEqual({});
  });

  it('round-trips a filter, a sort and a page', () => {
    const params = { name: 'SUBJ', sort: 'priority' as const, ascending: false, page: 3 };
    const written = writeRuleListParams(params);
    expect(written).toEqual({ name: 'SUBJ', sort: 'priority', dir: 'desc', page: '3' });
    expect(readRuleListParams(new URLSearchParams(written))).toEqual(params);
  });

  it('ignores values it does not know', () => {
    expect(readRuleListParams(new URLSearchParams('sort=description&page=-2&name=%20x%20'))).toEqual({
      name: 'x',
      sort: 'id',
      ascending: false,
      page: 1,
    });
  });
});
