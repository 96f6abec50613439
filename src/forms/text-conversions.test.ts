import { describe, expect, it } from 'vitest';
import { linesMatch, linesToList, listToLines } from './string-list';
import { isoToLocalInput, localInputToIso } from './utc-date-time';

describe('string list widget', () => {
  it('one entry per line, blank lines, spaces and duplicates dropped', () => {
    expect(linesToList('a@example.org\n\n  b@example.org \r\na@example.org\n')).toEqual(['a@example.org', 'b@example.org']);
    expect(listToLines(['a', 'b'])).toBe('a\nb');
    expect(listToLines(undefined)).toBe('');
  });

  it('keeps a trailing empty line being typed', () => {
    expect(linesMatch('a\n', ['a'])).toBe(true);
    expect(linesMatch('a\nb', ['a'])).toBe(false);
  });
});

describe('UTC date-time widget', () => {
  it('shows RFC 3339 values in UTC, offsets converted', () => {
    expect(isoToLocalInput('2026-08-21T10:00:00Z')).toBe('2026-08-21T10:00:00');
    expect(isoToLocalInput('2026-08-21T12:00:00+02:00')).toBe('2026-08-21T10:00:00');
    expect(isoToLocalInput(null)).toBe('');
    expect(isoToLocalInput('garbage')).toBe('');
  });

  it('writes UTC timestamps without milliseconds', () => {
    expect(localInputToIso('2026-08-21T10:00')).toBe('2026-08-21T10:00:00Z');
    expect(localInputToIso('2026-08-21T10:00:05')).toBe('2026-08-21T10:00:05Z');
    expect(localInputToIso('')).toBe('');
  });
});
