import { describe, expect, it } from 'vitest';
import { isTagPattern, spamTagLookup } from './spam-tag-lookup';

const entries = [
  { id: 'a', tag: 'RCVD_*' },
  { id: 'b', tag: 'RCVD_COUNT_ONE' },
  { id: 'c', tag: 'R?VD_TLS_LAST' },
  { id: 'd', tag: 'RCVD_NO_TLS_*' },
  { id: 'e', tag: 'LITERAL\\*STAR' },
  { id: 'f', tag: 'A*B' },
];
const lookup = spamTagLookup(entries);

describe('spamTagLookup', () => {
  it('prefers an exact name over a pattern that also matches', () => {
    expect(lookup('RCVD_COUNT_ONE')?.id).toBe('b');
  });

  it('takes the first matching pattern in list order', () => {
    // Both RCVD_* and RCVD_NO_TLS_* match; RCVD_* comes first.
    expect(lookup('RCVD_NO_TLS_LAST')?.id).toBe('a');
    expect(spamTagLookup(entries.slice(1))('RCVD_NO_TLS_LAST')?.id).toBe('d');
  });

  it('matches ? against exactly one character', () => {
    expect(lookup('RXVD_TLS_LAST')?.id).toBe('c');
    expect(lookup('RVD_TLS_LAST')).toBeUndefined();
  });

  it('lets * match nothing and any character, slashes included', () => {
    expect(lookup('AB')?.id).toBe('f');
    expect(lookup('A/x.y/B')?.id).toBe('f');
    expect(lookup('A/x.y/BC')).toBeUndefined();
  });

  it('reads an escaped star as an exact name without its backslash', () => {
    expect(isTagPattern('LITERAL\\*STAR')).toBe(false);
    expect(lookup('LITERAL*STAR')?.id).toBe('e');
    expect(lookup('LITERALXSTAR')).toBeUndefined();
  });

  it('is case-sensitive and treats brackets and braces as plain characters', () => {
    expect(lookup('rcvd_count_one')).toBeUndefined();
    const special = spamTagLookup([{ tag: '[AB]*' }, { tag: '{X,Y}?' }]);
    expect(special('A1')).toBeUndefined();
    expect(special('[AB]1')?.tag).toBe('[AB]*');
    expect(special('X1')).toBeUndefined();
    expect(special('{X,Y}1')?.tag).toBe('{X,Y}?');
  });

  it('finds nothing for a name no entry covers', () => {
    expect(lookup('MISSING_MID')).toBeUndefined();
    expect(spamTagLookup([])('ANY')).toBeUndefined();
  });
});
