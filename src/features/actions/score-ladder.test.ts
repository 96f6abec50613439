import { describe, expect, it } from 'vitest';
import { formatScore, scoreLadder } from './score-ladder';

describe('scoreLadder', () => {
  it('orders active thresholds and leaves out the ones set to 0', () => {
    const ladder = scoreLadder({ scoreSpam: 5, scoreDiscard: 0, scoreReject: 15 }, 9.5);
    expect(ladder.off).toEqual(['discard']);
    expect(ladder.rungs).toEqual([
      { kind: 'spam', threshold: 5, reached: true },
      { kind: 'reject', threshold: 15, reached: false },
    ]);
    expect(ladder.highest).toEqual({ kind: 'spam', threshold: 5, reached: true });
  });

  it('has no highest rung below the spam threshold, and counts a score equal to a threshold as reached', () => {
    expect(scoreLadder({ scoreSpam: 5, scoreDiscard: 10, scoreReject: 0 }, 4.99).highest).toBeUndefined();
    expect(scoreLadder({ scoreSpam: 5, scoreDiscard: 10, scoreReject: 0 }, 10).highest?.kind).toBe('discard');
  });

  it('keeps the spam threshold even at 0', () => {
    expect(scoreLadder({ scoreSpam: 0, scoreDiscard: 0, scoreReject: 0 }, -1).rungs).toEqual([{ kind: 'spam', threshold: 0, reached: false }]);
  });
});

describe('formatScore', () => {
  it('drops float noise', () => {
    expect(formatScore(2.9899999999999998)).toBe('2.99');
    expect(formatScore(9.5)).toBe('9.5');
    expect(formatScore(-0.01)).toBe('-0.01');
  });
});
