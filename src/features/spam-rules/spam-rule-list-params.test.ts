import { describe, expect, it } from 'vitest';
import { readRuleListParams, writeRuleListParams } from './spam-rule-list-params';

const defaults = { search: '', type: '', enabled: '', sort: 'priority', ascending: true, page: 1 };

describe('rule list URL parameters', () => {
  it('defaults to the first page in the order the rules run, without filters', () => {
    expect(readRuleListParams(new URLSearchParams(''))).toEqual(defaults);
    expect(writeRuleListParams({ ...defaults } as never)).toEqual({});
  });

  it('round-trips a search, filters, a sort and a page', () => {
    const params = { search: 'url', type: 'Url', enabled: 'no', sort: 'type', ascending: false, page: 3 } as const;
    const written = writeRuleListParams(params);
    expect(written).toEqual({ q: 'url', type: 'Url', enabled: 'no', sort: 'type', dir: 'desc', page: '3' });
    expect(readRuleListParams(new URLSearchParams(written))).toEqual(params);
  });

  it('reads the older name= as the search, and ignores values it does not know', () => {
    expect(readRuleListParams(new URLSearchParams('sort=description&page=-2&name=%20x%20&type=Nope&enabled=maybe'))).toEqual({
      ...defaults,
      search: 'x',
    });
  });
});
