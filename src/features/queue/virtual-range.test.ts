import { describe, expect, it } from 'vitest';
import { visibleRange, windowsFor } from './virtual-range';

const base = { rowHeight: 50, viewportHeight: 500, overscan: 2 };

describe('visibleRange', () => {
  it('renders the visible rows plus the overscan at the top', () => {
    const r = visibleRange({ ...base, total: 1000, scrollTop: 0 });
    expect(r).toEqual({ start: 0, end: 13, padTop: 0, padBottom: (1000 - 13) * 50, scrollHeight: 50_000 });
  });

  it('keeps every row at its natural offset while the list fits', () => {
    const r = visibleRange({ ...base, total: 1000, scrollTop: 5025 });
    // Row 100 starts at 5000 and is the first (partly) visible one.
    expect(r.start).toBe(98);
    expect(r.end).toBe(113);
    expect(r.padTop).toBe(98 * 50);
    expect(r.padTop + (r.end - r.start) * 50 + r.padBottom).toBe(r.scrollHeight);
  });

  it('ends exactly at the last row when scrolled to the bottom', () => {
    const r = visibleRange({ ...base, total: 1000, scrollTop: 1e9 });
    expect(r.end).toBe(1000);
    expect(r.padBottom).toBe(0);
  });

  it('compresses lists taller than the maximum scroll height', () => {
    const total = 1_000_000;
    const maxScrollHeight = 1_000_000;
    const top = visibleRange({ ...base, total, scrollTop: 0, maxScrollHeight });
    expect(top.scrollHeight).toBe(maxScrollHeight);
    expect(top.start).toBe(0);
    const middle = visibleRange({ ...base, total, scrollTop: (maxScrollHeight - 500) / 2, maxScrollHeight });
    expect(middle.start).toBeGreaterThan(total / 2 - 20);
    expect(middle.end).toBeLessThan(total / 2 + 20);
    const bottom = visibleRange({ ...base, total, scrollTop: maxScrollHeight, maxScrollHeight });
    expect(bottom.end).toBe(total);
    expect(bottom.padTop + (bottom.end - bottom.start) * 50 + bottom.padBottom).toBeCloseTo(maxScrollHeight, 6);
    // The rendered rows always cover the viewport.
    for (const r of [top, middle, bottom]) expect((r.end - r.start) * 50).toBeGreaterThanOrEqual(500);
  });

  it('handles an empty list', () => {
    expect(visibleRange({ ...base, total: 0, scrollTop: 10 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0, scrollHeight: 0 });
  });
});

describe('windowsFor', () => {
  it('lists the windows that cover a row range', () => {
    expect(windowsFor(0, 13, 100)).toEqual([0]);
    expect(windowsFor(95, 113, 100)).toEqual([0, 1]);
    expect(windowsFor(200, 200, 100)).toEqual([]);
  });
});
