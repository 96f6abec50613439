import { describe, expect, it } from 'vitest';
import { matchesText, pageOf, sortRows } from './local-view';

describe('local list view', () => {
  it('matches any part of any value, ignoring case', () => {
    expect(matchesText(['URL_SHORTENER', 'Links to a URL shortener'], 'shorten')).toBe(true);
    expect(matchesText(['FROM_NO_DN', null], 'display')).toBe(false);
    expect(matchesText(['X', undefined], '  ')).toBe(true);
  });

  it('sorts by a key in either direction, ties by the tie-break', () => {
    const rows = [
      { name: 'B', priority: 2 },
      { name: 'A', priority: 2 },
      { name: 'C', priority: 1 },
    ];
    const byPriority = (asc: boolean) => sortRows(rows, (r) => r.priority, asc, (r) => r.name).map((r) => r.name);
    expect(byPriority(true)).toEqual(['C', 'A', 'B']);
    expect(byPriority(false)).toEqual(['A', 'B', 'C']);
    expect(sortRows([{ on: true }, { on: false }], (r) => r.on, true, () => '')).toEqual([{ on: false }, { on: true }]);
    expect(sortRows([{ n: 'R10' }, { n: 'r2' }], (r) => r.n, true, () => '')).toEqual([{ n: 'r2' }, { n: 'R10' }]);
  });

  it('pages, and shows the last page for a page past the end', () => {
    const rows = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(rows, 2, 20)).toEqual({ rows: rows.slice(20, 40), position: 20, total: 45 });
    expect(pageOf(rows, 9, 20)).toEqual({ rows: rows.slice(40), position: 40, total: 45 });
    expect(pageOf([], 1, 20)).toEqual({ rows: [], position: 0, total: 0 });
  });
});
