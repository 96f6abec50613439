import { describe, expect, it } from 'vitest';
import { amountToParts, durationChoices, partsMatch, partsToAmount, sizeChoices } from './unit-amount';

describe('duration widget conversion', () => {
  it('shows milliseconds in the largest whole unit', () => {
    expect(amountToParts(30000, durationChoices, 's')).toEqual({ text: '30', unit: 's' });
    expect(amountToParts(60000, durationChoices, 's')).toEqual({ text: '1', unit: 'min' });
    expect(amountToParts(86_400_000 * 2, durationChoices, 's')).toEqual({ text: '2', unit: 'd' });
    expect(amountToParts(1500, durationChoices, 's')).toEqual({ text: '1500', unit: 'ms' });
  });

  it('joins amount and unit back to integer milliseconds', () => {
    expect(partsToAmount({ text: '5', unit: 'min' }, durationChoices)).toBe(300000);
    expect(partsToAmount({ text: '1.5', unit: 's' }, durationChoices)).toBe(1500);
    expect(partsToAmount({ text: ' 2 ', unit: 'h' }, durationChoices)).toBe(7_200_000);
  });

  it('round-trips every whole amount', () => {
    for (const ms of [1, 999, 1000, 61000, 3_600_000, 90_000_000, 604_800_000]) {
      expect(partsToAmount(amountToParts(ms, durationChoices, 's'), durationChoices)).toBe(ms);
    }
  });

  it('leaves a missing amount empty in the default unit and gives NaN for empty text', () => {
    expect(amountToParts(null, durationChoices, 's')).toEqual({ text: '', unit: 's' });
    expect(amountToParts(Number.NaN, durationChoices, 'min')).toEqual({ text: '', unit: 'min' });
    expect(partsToAmount({ text: '', unit: 's' }, durationChoices)).toBeNaN();
    expect(partsToAmount({ text: 'ten', unit: 's' }, durationChoices)).toBeNaN();
  });
});

describe('size widget conversion', () => {
  it('uses 1024-based units', () => {
    expect(amountToParts(52428800, sizeChoices, 'MB')).toEqual({ text: '50', unit: 'MB' });
    expect(amountToParts(1536, sizeChoices, 'MB')).toEqual({ text: '1536', unit: 'B' });
    expect(partsToAmount({ text: '2', unit: 'GB' }, sizeChoices)).toBe(2 * 1024 ** 3);
    expect(partsToAmount({ text: '0.5', unit: 'KB' }, sizeChoices)).toBe(512);
  });
});

describe('partsMatch', () => {
  it('tells whether the typed parts already stand for the model value', () => {
    expect(partsMatch({ text: '60', unit: 's' }, 60000, durationChoices)).toBe(true);
    expect(partsMatch({ text: '60', unit: 's' }, 30000, durationChoices)).toBe(false);
    expect(partsMatch({ text: '', unit: 's' }, Number.NaN, durationChoices)).toBe(true);
    expect(partsMatch({ text: '', unit: 's' }, null, durationChoices)).toBe(true);
  });
});
