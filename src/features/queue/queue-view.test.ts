import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  localInputToUtc,
  normaliseUtc,
  parseQueueView,
  queueViewToParams,
  toQueryFilter,
  toQuerySort,
  utcToLocalInput,
  utcToTableFormat,
} from './queue-view';

describe('queue view in the URL', () => {
  it('reads every filter, the sort, the rows choice and the page', () => {
    const view = parseQueueView(
      new URLSearchParams(
        'sender=alice&rcpt=bob%40example.org&text=hello&queue=bulk&after=2026-08-21T10:00:00Z&before=2026-08-22T10:00:00%2B02:00&sort=-due&rows=100&page=3',
      ),
    );
    expect(view).toEqual({
      filters: {
        sender: 'alice',
        recipient: 'bob@example.org',
        text: 'hello',
        queue: 'bulk',
        dueAfter: '2026-08-21T10:00:00Z',
        dueBefore: '2026-08-22T08:00:00Z',
      },
      sort: 'descending',
      rows: 100,
      page: 3,
    });
  });

  it('falls back to defaults for missing or malformed values', () => {
    expect(parseQueueView(new URLSearchParams('rows=7&page=-2&sort=size&before=tomorrow&queue=waytoolongname'))).toEqual({
      filters: { ...EMPTY_FILTERS, queue: 'waytoolo' },
      sort: 'ascending',
      rows: 25,
      page: 1,
    });
  });

  it('round-trips and writes only what differs from the defaults', () => {
    const params = 'sender=a&queue=dsn&after=2026-01-01T00:00:00Z&rows=all';
    expect(queueViewToParams(parseQueueView(new URLSearchParams(params))).toString()).toBe(
      'sender=a&queue=dsn&after=2026-01-01T00%3A00%3A00Z&rows=all',
    );
    expect(queueViewToParams({ filters: EMPTY_FILTERS, sort: 'ascending', rows: 25, page: 1 }).toString()).toBe('');
    expect(queueViewToParams({ filters: EMPTY_FILTERS, sort: 'ascending', rows: 50, page: 1 }).toString()).toBe('rows=50');
    // A page number means nothing in the scrolling view.
    expect(queueViewToParams({ filters: EMPTY_FILTERS, sort: 'descending', rows: 'all', page: 4 }).toString()).toBe(
      'sort=-due&rows=all',
    );
  });
});

describe('query filter', () => {
  it('maps each filter onto its x:QueuedMessage/query condition', () => {
    expect(
      toQueryFilter({
        sender: 'alice',
        recipient: 'bob',
        text: 'x',
        queue: 'default',
        dueAfter: '2026-08-21T10:00:00Z',
        dueBefore: '2026-08-22T10:00:00Z',
      }),
    ).toEqual({
      returnPath: 'alice',
      to: 'bob',
      text: 'x',
      queueName: 'default',
      dueIsGreaterThanOrEqual: '2026-08-21T10:00:00Z',
      dueIsLessThanOrEqual: '2026-08-22T10:00:00Z',
    });
    expect(toQueryFilter(EMPTY_FILTERS)).toEqual({});
  });

  it('sorts by due only', () => {
    expect(toQuerySort('descending')).toEqual([{ property: 'due', isAscending: false }]);
  });
});

describe('dates', () => {
  it('normalises RFC 3339 input to UTC and refuses anything else', () => {
    expect(normaliseUtc('2026-08-21T12:30:00+02:00')).toBe('2026-08-21T10:30:00Z');
    expect(normaliseUtc('2026-08-21T10:30:00.250Z')).toBe('2026-08-21T10:30:00Z');
    expect(normaliseUtc('2026-08-21')).toBeUndefined();
    expect(normaliseUtc('')).toBeUndefined();
  });

  it('converts datetime-local values through local time both ways', () => {
    const utc = localInputToUtc('2026-03-04T05:06');
    expect(utc).toBe(new Date(2026, 2, 4, 5, 6, 0).toISOString().replace('.000Z', 'Z'));
    expect(utcToLocalInput(utc!)).toBe('2026-03-04T05:06:00');
    expect(localInputToUtc('2026-03-04T05:06:07')).toBe(new Date(2026, 2, 4, 5, 6, 7).toISOString().replace('.000Z', 'Z'));
    expect(localInputToUtc('2026-02-30T10:00')).toBeUndefined();
    expect(localInputToUtc('')).toBeUndefined();
    expect(utcToLocalInput('nonsense')).toBe('');
    // Typed the way the tables show dates.
    expect(localInputToUtc('2026-03-04 05:06')).toBe(utc);
    expect(utcToTableFormat(utc!)).toBe('2026-03-04 05:06');
    expect(utcToTableFormat(localInputToUtc('2026-03-04 05:06:07')!)).toBe('2026-03-04 05:06:07');
  });
});
