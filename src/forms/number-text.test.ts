import { describe, expect, it } from 'vitest';
import { formatNumberText, isNumberKind, numberTextMatches, parseNumberText } from './number-text';

describe('parseNumberText', () => {
  it('reads plain decimals, signs and exponents', () => {
    expect(parseNumberText('42')).toBe(42);
    expect(parseNumberText(' -7.5 ')).toBe(-7.5);
    expect(parseNumberText('+3')).toBe(3);
    expect(parseNumberText('.5')).toBe(0.5);
    expect(parseNumberText('1e3')).toBe(1000);
  });

  it('gives NaN for empty text and anything that is not a plain number', () => {
    for (const text of ['', '   ', 'abc', '12abc', '0x10', '1,5', '-', '.', 'Infinity', '1e400']) {
      expect(parseNumberText(text), JSON.stringify(text)).toBeNaN();
    }
  });
});

describe('formatNumberText / numberTextMatches', () => {
  it('shows finite numbers and leaves everything else empty', () => {
    expect(formatNumberText(11332)).toBe('11332');
    expect(formatNumberText(Number.NaN)).toBe('');
    expect(formatNumberText(null)).toBe('');
    expect(formatNumberText(undefined)).toBe('');
  });

  it('keeps a half-typed draft that still means the same value', () => {
    expect(numberTextMatches('5.', 5)).toBe(true);
    expect(numberTextMatches('abc', Number.NaN)).toBe(true);
    expect(numberTextMatches('', null)).toBe(true);
    expect(numberTextMatches('5', 6)).toBe(false);
  });

  it('knows the kinds that hold numbers', () => {
    expect(['integer', 'unsignedInteger', 'float', 'size', 'duration'].every(isNumberKind)).toBe(true);
    expect(isNumberKind('string')).toBe(false);
  });
});
