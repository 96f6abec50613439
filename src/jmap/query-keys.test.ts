import { describe, expect, it } from 'vitest';
import { jmapKeys } from './query-keys';

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, i) => JSON.stringify(part) === JSON.stringify(key[i]));

describe('query keys', () => {
  it('go from general to specific so one prefix covers a type', () => {
    const list = jmapKeys.list('A', 'x:SpamRule', { filter: { name: 'X' }, position: 0, limit: 50 });
    const detail = jmapKeys.detail('A', 'x:SpamRule', 'r1');
    expect(list).toEqual(['jmap', 'A', 'x:SpamRule', 'list', { filter: { name: 'X' }, sort: [], position: 0, limit: 50 }]);
    expect(detail).toEqual(['jmap', 'A', 'x:SpamRule', 'detail', 'r1']);
    for (const key of [list, detail]) {
      expect(startsWith(key, jmapKeys.type('A', 'x:SpamRule'))).toBe(true);
      expect(startsWith(key, jmapKeys.all('A'))).toBe(true);
      expect(startsWith(key, jmapKeys.type('A', 'x:MtaMilter'))).toBe(false);
    }
    expect(startsWith(list, jmapKeys.lists('A', 'x:SpamRule'))).toBe(true);
    expect(startsWith(detail, jmapKeys.lists('A', 'x:SpamRule'))).toBe(false);
    expect(startsWith(detail, jmapKeys.details('A', 'x:SpamRule'))).toBe(true);
  });

  it('gives equivalent list pages the same key', () => {
    expect(jmapKeys.list('A', 'x:SpamRule', {})).toEqual(
      jmapKeys.list('A', 'x:SpamRule', { filter: {}, sort: [], position: 0 }),
    );
  });
});
