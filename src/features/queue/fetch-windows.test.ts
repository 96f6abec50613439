import { describe, expect, it } from 'vitest';
import { windowsFor } from './fetch-windows';

describe('windowsFor', () => {
  it('lists the windows that cover a row range', () => {
    expect(windowsFor(0, 13, 100)).toEqual([0]);
    expect(windowsFor(95, 113, 100)).toEqual([0, 1]);
    expect(windowsFor(99, 301, 100)).toEqual([0, 1, 2, 3]);
  });

  it('lists none for an empty range or a window of no rows', () => {
    expect(windowsFor(200, 200, 100)).toEqual([]);
    expect(windowsFor(0, 10, 0)).toEqual([]);
  });
});
