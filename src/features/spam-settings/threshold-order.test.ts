import { describe, expect, it } from 'vitest';
import { ladderScale, thresholdProblems } from './threshold-order';

describe('thresholdProblems', () => {
  it('accepts ordered thresholds and ignores the ones turned off (0) or unreadable', () => {
    expect(thresholdProblems({ spam: 5, discard: 10, reject: 15 })).toEqual([]);
    expect(thresholdProblems({ spam: 5, discard: 0, reject: 0 })).toEqual([]);
    expect(thresholdProblems({ spam: 5, discard: 0, reject: 8 })).toEqual([]);
    expect(thresholdProblems({ spam: 5, discard: Number.NaN, reject: 8 })).toEqual([]);
    expect(thresholdProblems({ spam: 5, discard: 5, reject: 8 })).toEqual([]);
  });

  it('names every pair of enabled thresholds that is out of order', () => {
    expect(thresholdProblems({ spam: 5, discard: 3, reject: 0 })).toEqual(['the discard threshold (3) is below the spam threshold (5)']);
    expect(thresholdProblems({ spam: 5, discard: 12, reject: 9 })).toEqual(['the reject threshold (9) is below the discard threshold (12)']);
    expect(thresholdProblems({ spam: 5, discard: 0, reject: 2.5 })).toEqual(['the reject threshold (2.5) is below the spam threshold (5)']);
    expect(thresholdProblems({ spam: 20, discard: 10, reject: 5 })).toHaveLength(3);
  });
});

describe('ladderScale', () => {
  it('starts at 0 and ends at a round number above the highest threshold', () => {
    expect(ladderScale({ spam: 5, discard: 0, reject: 0 })).toEqual({ min: 0, max: 10 });
    expect(ladderScale({ spam: 5, discard: 10, reject: 15 })).toEqual({ min: 0, max: 20 });
    expect(ladderScale({ spam: 6, discard: 30, reject: 90 })).toEqual({ min: 0, max: 100 });
  });

  it('reaches below 0 for negative thresholds, within -100..100', () => {
    expect(ladderScale({ spam: -3, discard: 0, reject: 0 })).toEqual({ min: -5, max: 10 });
    expect(ladderScale({ spam: -100, discard: 0, reject: 100 })).toEqual({ min: -100, max: 100 });
  });
});
